#pragma once

// libxlsxwriter, loaded at run time.
//
// libxlsxwriter and QuaZip (which cutover_models links) both export minizip's
// zipOpen(), zipClose()... with different signatures (QuaZip's take a
// QIODevice). Linked into one program, one library calls the other's and
// crashes. So libxlsxwriter is never linked: it is loaded with RTLD_DEEPBIND,
// and it and its own minizip resolve their symbols among themselves. Only its
// header is used at build time. (Sanitizers do not support RTLD_DEEPBIND.)
//
// Call XlsxWriter::load() first, then the functions below through the
// namespace: XlsxWriter::workbook_new(...). Never call the global ones.

#include <QString>

#include <xlsxwriter.h>

namespace Cutover::XlsxWriter {

#define CUTOVER_LXW_FUNCTIONS(X)                                                                                       \
    X(format_set_align)                                                                                                \
    X(format_set_bg_color)                                                                                             \
    X(format_set_bold)                                                                                                 \
    X(format_set_border)                                                                                               \
    X(format_set_num_format)                                                                                           \
    X(format_set_num_format_index)                                                                                     \
    X(format_set_pattern)                                                                                              \
    X(format_set_text_wrap)                                                                                            \
    X(format_set_unlocked)                                                                                             \
    X(lxw_strerror)                                                                                                    \
    X(workbook_add_format)                                                                                             \
    X(workbook_add_worksheet)                                                                                          \
    X(workbook_close)                                                                                                  \
    X(workbook_define_name)                                                                                            \
    X(workbook_new)                                                                                                    \
    X(worksheet_activate)                                                                                              \
    X(worksheet_data_validation_range)                                                                                 \
    X(worksheet_freeze_panes)                                                                                          \
    X(worksheet_hide)                                                                                                  \
    X(worksheet_merge_range)                                                                                           \
    X(worksheet_protect)                                                                                               \
    X(worksheet_set_column)                                                                                            \
    X(worksheet_write_blank)                                                                                           \
    X(worksheet_write_boolean)                                                                                         \
    X(worksheet_write_datetime)                                                                                        \
    X(worksheet_write_formula_num)                                                                                     \
    X(worksheet_write_formula_str)                                                                                     \
    X(worksheet_write_number)                                                                                          \
    X(worksheet_write_rich_string)                                                                                     \
    X(worksheet_write_string)

#define CUTOVER_LXW_DECLARE(name) extern decltype(&::name) name;
CUTOVER_LXW_FUNCTIONS(CUTOVER_LXW_DECLARE)
#undef CUTOVER_LXW_DECLARE

// Loads the library once (thread-safe; later calls return the first result).
// False with a translated sentence in `error` when it is not installed or
// lacks a function; the function pointers are then null.
bool load(QString *error);

} // namespace Cutover::XlsxWriter
