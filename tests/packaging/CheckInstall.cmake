# PackagingInstall: `cmake --install` of the build tree into a scratch prefix, then checks
# what a distribution or a user's ~/.local gets, with the validators desktops and software
# centres use. No network. Run by CTest (tests/CMakeLists.txt) with:
#   -DBUILD_DIR -DPREFIX -DVERSION -DLRELEASE -DDESKTOP_FILE_VALIDATE -DAPPSTREAMCLI -DUPDATE_MIME_DATABASE
#   -DBINDIR -DDATADIR (GNUInstallDirs, relative to the prefix)

function(fail)
    string(JOIN "" message ${ARGN})
    message(FATAL_ERROR "PackagingInstall: ${message}")
endfunction()

# Runs a command; fails the test with its output unless it exits 0. Its stdout goes to `out`.
function(run out)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)
    if(NOT rc EQUAL 0)
        list(JOIN ARGN " " shown)
        fail("`${shown}` exited with ${rc}:\n${stdout}${stderr}")
    endif()
    set(${out} "${stdout}" PARENT_SCOPE)
endfunction()

foreach(tool DESKTOP_FILE_VALIDATE APPSTREAMCLI UPDATE_MIME_DATABASE LRELEASE)
    if(NOT EXISTS "${${tool}}")
        fail("${tool} not found (scripts/install-deps.sh installs desktop-file-utils, appstream "
             "and shared-mime-info)")
    endif()
endforeach()

file(REMOVE_RECURSE "${PREFIX}")
run(install_log ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}")

set(bin "${PREFIX}/${BINDIR}")
set(share "${PREFIX}/${DATADIR}")
set(expected
    "${bin}/cutover"
    "${bin}/cutover-cli"
    "${bin}/cutover-sandbox"
    "${share}/cutover/translations/cutover_fr.qm"
    "${share}/cutover/translations/cutover_es.qm"
    "${share}/cutover/translations/cutover_en.qm"
    "${share}/applications/app.cutover.Cutover.desktop"
    "${share}/icons/hicolor/scalable/apps/app.cutover.Cutover.svg"
    "${share}/metainfo/app.cutover.Cutover.metainfo.xml"
    "${share}/mime/packages/app.cutover.Cutover.xml")
foreach(file IN LISTS expected)
    if(NOT EXISTS "${file}")
        fail("not installed: ${file}\n${install_log}")
    endif()
endforeach()

# The validators desktops and software centres apply (warnings fail too).
run(desktop_out "${DESKTOP_FILE_VALIDATE}" "${share}/applications/app.cutover.Cutover.desktop")
if(NOT desktop_out STREQUAL "")
    fail("desktop-file-validate: ${desktop_out}")
endif()
run(appstream_out "${APPSTREAMCLI}" validate --no-net "${share}/metainfo/app.cutover.Cutover.metainfo.xml")
if(appstream_out MATCHES "(^|\n)[EW]: ")
    fail("appstreamcli validate: ${appstream_out}")
endif()
file(READ "${share}/metainfo/app.cutover.Cutover.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<release version=\"([^\"]+)\"")
    fail("the metainfo lists no release")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    fail("the metainfo's newest release is ${CMAKE_MATCH_1}, the project is ${VERSION}: add a <release>")
endif()
foreach(wanted IN ITEMS "Icon=app.cutover.Cutover" "MimeType=application/x-cutover-project;")
    file(STRINGS "${share}/applications/app.cutover.Cutover.desktop" line REGEX "^${wanted}$")
    if(NOT line)
        fail("the .desktop file has no line ${wanted}")
    endif()
endforeach()
# The MIME package compiles, and gives *.cutover the type the .desktop file opens.
run(mime_out "${UPDATE_MIME_DATABASE}" "${share}/mime")
if(NOT EXISTS "${share}/mime/application/x-cutover-project.xml")
    fail("update-mime-database did not define application/x-cutover-project")
endif()
file(READ "${share}/mime/globs2" globs)
if(NOT globs MATCHES ":application/x-cutover-project:\\*\\.cutover")
    fail("no *.cutover glob in ${share}/mime/globs2:\n${globs}")
endif()

# The installed programs start, from the prefix, and say the project's version.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
run(cli_version "${bin}/cutover-cli" --version)
if(NOT cli_version STREQUAL "cutover-cli ${VERSION}\n")
    fail("installed cutover-cli --version said \"${cli_version}\", expected cutover-cli ${VERSION}")
endif()
run(gui_version "${bin}/cutover" --version)
if(NOT gui_version MATCHES "^[^\n]* ${VERSION}\n$")
    fail("installed cutover --version said \"${gui_version}\", expected version ${VERSION}")
endif()
run(sandbox_help "${bin}/cutover-sandbox" --help)
if(NOT sandbox_help MATCHES "stand-in for the Clio")
    fail("installed cutover-sandbox --help said \"${sandbox_help}\"")
endif()

# Translations: French from the installed .qm; a replaced .qm is preferred to the embedded
# copy; without it the embedded copy still gives the same French.
run(help_en "${bin}/cutover-cli" --help)
run(help_fr "${bin}/cutover-cli" --lang fr --help)
if(help_fr STREQUAL help_en)
    fail("cutover-cli --lang fr --help is not translated:\n${help_fr}")
endif()
set(qm_dir "${share}/cutover/translations")
file(RENAME "${qm_dir}/cutover_fr.qm" "${PREFIX}/cutover_fr.qm.installed")
file(WRITE "${PREFIX}/marker_fr.ts" [=[<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cutover::Cli</name>
    <message>
        <source>Run cutover-cli COMMAND --help for a command&apos;s options.</source>
        <translation>PACKAGING-MARKER installed translation</translation>
    </message>
</context>
</TS>
]=])
run(lrelease_out "${LRELEASE}" -silent "${PREFIX}/marker_fr.ts" -qm "${qm_dir}/cutover_fr.qm")
run(help_marker "${bin}/cutover-cli" --lang fr --help)
if(NOT help_marker MATCHES "PACKAGING-MARKER installed translation")
    fail("the installed cutover_fr.qm was not preferred to the embedded one:\n${help_marker}")
endif()
file(REMOVE "${qm_dir}/cutover_fr.qm")
run(help_embedded "${bin}/cutover-cli" --lang fr --help)
if(NOT help_embedded STREQUAL help_fr)
    fail("without an installed cutover_fr.qm the embedded French differs:\n${help_embedded}\n---\n${help_fr}")
endif()
run(help_es "${bin}/cutover-cli" --lang es --help)
if(help_es STREQUAL help_en OR help_es STREQUAL help_fr)
    fail("cutover-cli --lang es --help is not in Spanish:\n${help_es}")
endif()
file(RENAME "${PREFIX}/cutover_fr.qm.installed" "${qm_dir}/cutover_fr.qm")

message(STATUS "PackagingInstall: ${PREFIX} holds every file; desktop-file-validate, appstreamcli and "
               "update-mime-database accept them; cutover-cli ${VERSION} runs in en, fr and es")
