# Fails when a translation file is not current with the sources (a tr() string
# it lacks) or has an unfinished, obsolete or vanished entry.
# Run by CTest: cmake -DLRELEASE=... -DLUPDATE=... -DSOURCES=list-file -DINCLUDES=a;b -DTS_DIR=...
#               -DOUT_DIR=... -P CheckTranslations.cmake
file(GLOB ts_files "${TS_DIR}/*.ts")
if(NOT ts_files)
    message(FATAL_ERROR "no .ts files in ${TS_DIR}")
endif()
set(failed 0)
foreach(ts IN LISTS ts_files)
    get_filename_component(name "${ts}" NAME_WE)
    # Current? lupdate a copy with the build's options and compare.
    configure_file("${ts}" "${OUT_DIR}/${name}.current.ts" COPYONLY)
    set(include_args)
    foreach(dir IN LISTS INCLUDES)
        list(APPEND include_args "-I${dir}")
    endforeach()
    # English holds only the plural forms of the numerus strings (see translations/CMakeLists.txt).
    set(plural_only)
    if(name MATCHES "_en$")
        set(plural_only -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none ${plural_only} ${include_args} "@${SOURCES}"
                            -ts "${OUT_DIR}/${name}.current.ts"
                    OUTPUT_VARIABLE lupdate_out ERROR_VARIABLE lupdate_err RESULT_VARIABLE lupdate_rc)
    file(READ "${ts}" committed)
    file(READ "${OUT_DIR}/${name}.current.ts" current)
    if(NOT lupdate_rc EQUAL 0 OR NOT committed STREQUAL current)
        message(SEND_ERROR "${name}: not current with the sources (${lupdate_out}${lupdate_err}); run: "
                           "cmake --build build --target update_translations, then translate what is new")
        math(EXPR failed "${failed} + 1")
        continue()
    endif()
    execute_process(COMMAND "${LRELEASE}" "${ts}" -qm "${OUT_DIR}/${name}.qm"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    string(REGEX MATCH "([0-9]+) finished and ([0-9]+) unfinished" counts "${out}${err}")
    set(finished "${CMAKE_MATCH_1}")
    set(unfinished "${CMAKE_MATCH_2}")
    file(READ "${ts}" text)
    string(REGEX MATCHALL "type=\"(obsolete|vanished)\"" stale "${text}")
    list(LENGTH stale stale_count)
    if(NOT rc EQUAL 0 OR NOT counts OR NOT unfinished EQUAL 0 OR NOT stale_count EQUAL 0)
        message(SEND_ERROR "${name}: ${finished} finished, ${unfinished} unfinished, ${stale_count} obsolete; "
                           "run: cmake --build build --target update_translations, then translate the rest")
        math(EXPR failed "${failed} + 1")
    else()
        message(STATUS "${name}: ${finished} strings, all translated")
    endif()
endforeach()
