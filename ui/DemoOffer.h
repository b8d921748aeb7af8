#pragma once

class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// First start: an empty archive is of little use for trying things out, so the new
// administrator is offered a small generated estate (clearly fictional, see DemoService),
// generated under a progress dialog that can cancel it.
class DemoOffer
{
public:
    static constexpr int Households = 300;
    // Asks (MessageBox seam) and generates; true if a demo estate was loaded.
    static bool run(Archive& archive, QWidget* parent);
};

} // namespace ar::ui
