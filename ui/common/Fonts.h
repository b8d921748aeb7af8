#pragma once

#include <QFont>

namespace ar::ui {

// A fixed-pitch font for keys and codes that are read out or copied by hand. The platform's
// fixed font where it has one; otherwise (some platforms, the offscreen one among them, hand
// back the general font) fontconfig's "monospace".
QFont fixedPitchFont();

} // namespace ar::ui
