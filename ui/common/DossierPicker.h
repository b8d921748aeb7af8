#pragma once

#include "core/Dossier.h"
#include "core/Result.h"

#include <QDialog>

class QListWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// Offers the dossiers a typed or scanned 档号 fits when it fits several (issue #20 item 1): a
// list of 档号 and titles; Enter or a double click picks one.
class DossierPicker : public QDialog
{
    Q_OBJECT

public:
    DossierPicker(const QString& typed, const QList<Dossier>& candidates, bool more,
                  QWidget* parent = nullptr);
    QString picked() const;

private:
    QListWidget* m_list;
};

// How every window reads a typed or scanned 档号 (DossierService::resolveCode): the dossier it
// names, or the one the user picks from the candidates (DialogRunner, so tests can answer) when it
// fits several. The error to show when there is none or the pick was cancelled.
Result<Dossier> resolveTypedCode(Archive& archive, QWidget* parent, const QString& typed);

} // namespace ar::ui
