#include "Palette.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace Cutover::Palette {

namespace {

// The status hues: the light set reads on white, the dark set on near-black;
// withContrast() then fixes them for the palette actually in use.
QColor hue(Status status, bool dark)
{
    switch (status) {
    case Status::Ok:
        return dark ? QColor(0x6c, 0xd9, 0x8a) : QColor(0x1a, 0x7f, 0x37);
    case Status::Warning:
        return dark ? QColor(0xf0, 0xc0, 0x5a) : QColor(0x8a, 0x5a, 0x00);
    case Status::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Status::Info:
        return dark ? QColor(0x8a, 0xbf, 0xff) : QColor(0x0b, 0x5c, 0xad);
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double t = std::clamp(amountOfB, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Base)) + relativeLuminance(palette.color(QPalette::Window))
        < 2 * 0.18;
}

QColor withContrast(const QColor &colour, std::initializer_list<QColor> backgrounds, double ratio)
{
    double luminance = 0;
    for (const QColor &b : backgrounds)
        luminance += relativeLuminance(b);
    luminance /= double(std::max<std::size_t>(backgrounds.size(), 1));
    // Black and white give the same contrast on a luminance of about 0.18:
    // above it, darken towards black; below it, lighten towards white.
    const QColor towards = luminance > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    const auto worst = [&](const QColor &c) {
        double r = 21;
        for (const QColor &b : backgrounds)
            r = std::min(r, contrastRatio(c, b));
        return r;
    };
    QColor c = colour.toRgb();
    for (int step = 1; worst(c) < ratio && step <= 20; ++step)
        c = mix(colour.toRgb(), towards, step / 20.0);
    return c;
}

QColor text(Status status, const QPalette &palette)
{
    return withContrast(
        hue(status, isDark(palette)),
        { palette.color(QPalette::Base), palette.color(QPalette::Window), palette.color(QPalette::AlternateBase) });
}

QColor fill(Status status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    return mix(palette.color(QPalette::Base), hue(status, dark), dark ? 0.22 : 0.14);
}

QColor textOnFill(Status status, const QPalette &palette)
{
    return withContrast(hue(status, isDark(palette)), { fill(status, palette) });
}

QColor strongFill(Status status, const QPalette &)
{
    // Deep enough for white text in either palette.
    return withContrast(hue(status, false), { QColor(Qt::white) });
}

QColor textOnStrongFill(Status status, const QPalette &palette)
{
    return withContrast(QColor(Qt::white), { strongFill(status, palette) });
}

QColor secondaryText(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return withContrast(mix(palette.color(QPalette::Text), base, 0.3),
                        { base, palette.color(QPalette::Window), palette.color(QPalette::AlternateBase) });
}

QString labelStyleSheet(Status status, const QPalette &palette, bool strong)
{
    if (!strong)
        return QStringLiteral("QLabel { color: %1; }").arg(text(status, palette).name());
    return QStringLiteral("QLabel { color: %1; background: %2; padding: 6px; border-radius: 3px; }")
        .arg(textOnStrongFill(status, palette).name(), strongFill(status, palette).name());
}

QIcon icon(Status status)
{
    switch (status) {
    case Status::Ok:
        return QIcon(QStringLiteral(":/icons/status-ok.svg"));
    case Status::Warning:
        return QIcon(QStringLiteral(":/icons/status-warning.svg"));
    case Status::Error:
        return QIcon(QStringLiteral(":/icons/status-error.svg"));
    case Status::Info:
        return QIcon(QStringLiteral(":/icons/status-info.svg"));
    }
    return {};
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x31, 0x36, 0x3b);
    const QColor base(0x23, 0x26, 0x29);
    const QColor text(0xfc, 0xfc, 0xfc);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x40, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x0d, 0x0e, 0x0f));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    const QColor disabled(0x6e, 0x73, 0x78);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

} // namespace Cutover::Palette
