#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

#include <initializer_list>

namespace Cutover {

// The wizard's status colours (ok, warning, error, info), derived from the
// palette in use so that text keeps WCAG AA contrast (4.5:1) on a light and on a
// dark palette alike. Every colour a page shows beyond the palette's own roles
// comes from here; no page hard-codes one.
namespace Palette {

enum class Status { Ok, Warning, Error, Info };

// WCAG 2.x relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);

// True when the palette's Base and Window are dark (text is light on them).
bool isDark(const QPalette &palette);

// `colour`, made lighter or darker (keeping its hue) until it has at least
// `ratio` contrast with every colour in `backgrounds`, as far as that can be.
QColor withContrast(const QColor &colour, std::initializer_list<QColor> backgrounds, double ratio = 4.5);

// Text in the colour of `status`, readable on the palette's Base and Window.
QColor text(Status status, const QPalette &palette);
// A quiet fill for a cell or a banner of `status` (the status hue over Base).
QColor fill(Status status, const QPalette &palette);
// Text readable on fill(status, palette), in the status hue.
QColor textOnFill(Status status, const QPalette &palette);
// A strong fill for an alarm (the review's last day, an error message) and the
// text on it.
QColor strongFill(Status status, const QPalette &palette);
QColor textOnStrongFill(Status status, const QPalette &palette);
// Secondary text (figures under a progress bar, notes): dimmer than Text, still
// 4.5:1 on Base and Window; the palette's PlaceholderText often is not.
QColor secondaryText(const QPalette &palette);

// A style sheet fragment `QLabel { color: …; background: … }` for a message
// label of `status`: strong fill and its text when `strong`, else text only.
QString labelStyleSheet(Status status, const QPalette &palette, bool strong = false);

// The status's icon: an SVG (sharp at any scale) that reads on light and dark
// backgrounds alike, in place of the style's bitmap message-box icons.
QIcon icon(Status status);

// Fusion's dark palette as dark-theme users get it (the usual KDE Breeze Dark
// and GNOME Adwaita-dark values); the tests check every colour against it.
QPalette darkPalette();

} // namespace Palette

} // namespace Cutover
