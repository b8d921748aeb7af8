// An item's title (P3, the catalogs): a title that is its kind's name is stored once, in the kind
// (issue #23, a smaller file), and still reads, prints and searches as the name the item was filed
// under — also after the administrator renames the kind (R4: the checklist is data and changes).

#include "ServiceHelpers.h"

using namespace ar;
using namespace ar::test;

namespace {
const QString kKind = QStringLiteral("业主档案表");
const QString kRenamed = QStringLiteral("业主信息登记表");

ItemInput itemOf(const QString& kind, const QString& title = {})
{
    ItemInput in;
    in.kind = kind;
    in.title = title;
    in.pages = 1;
    return in;
}

// The dossier of an owner registered at 3-2-1201 of the small estate; 0 if that failed.
qint64 ownersDossier(Fixture& f)
{
    f.makeSmallEstate();
    auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
    if (!reg)
        return 0;
    auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
    return d ? d->id : 0;
}

// The titles of the P3 catalog of the dossier's room, top to bottom.
QStringList catalogTitles(Fixture& f, const QString& room)
{
    PrintRequest r;
    r.form = PrintForm::FileCatalog;
    r.room = room;
    auto job = f.archive->printing().prepare(r);
    if (!job)
        return {job.error().message};
    const auto& doc = std::get<print::TableDoc>(job->document);
    int title = -1;
    for (int c = 0; c < doc.columns.size(); ++c)
        if (doc.columns.at(c).header == QCoreApplication::translate("PrintService", "Title"))
            title = c;
    QStringList out;
    for (const QStringList& row : doc.rows)
        if (title >= 0 && title < row.size() && !row.at(title).isEmpty())
            out << row.at(title);
    return out;
}
} // namespace

class TestServicesItemTitles : public QObject
{
    Q_OBJECT

private slots:
    void aKindsNameIsStoredOnceAndReadBack();
    void R4_renamingAKindKeepsTheTitlesItsItemsWereFiledUnder();
};

void TestServicesItemTitles::aKindsNameIsStoredOnceAndReadBack()
{
    Fixture f;
    const qint64 dossierId = ownersDossier(f);
    QVERIFY(dossierId);
    AR_VERIFY_OK(f.archive->filing().receive(dossierId, itemOf(kKind)));
    AR_VERIFY_OK(f.archive->filing().receive(dossierId, itemOf(kKind, QStringLiteral("补充说明"))));
    // The kind's name is not copied into the row; a title of its own is.
    QCOMPARE(count(*f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM dossier_items WHERE dossier_id = ? AND "
                                  "title = ''"),
                   {dossierId}),
             1);
    auto v = f.archive->dossiers().view(dossierId);
    AR_VERIFY_OK(v);
    QCOMPARE(v->items.size(), 2);
    QCOMPARE(v->items.at(0).title, kKind);
    QCOMPARE(v->items.at(1).title, QStringLiteral("补充说明"));
    QCOMPARE(catalogTitles(f, QStringLiteral("3-2-1201")), QStringList({kKind, QStringLiteral("补充说明")}));
    // Only the typed title is a search term of its own.
    auto hits = f.archive->search().search(QStringLiteral("补充说明"));
    AR_VERIFY_OK(hits);
    QCOMPARE(hits->size(), 1);
}

void TestServicesItemTitles::R4_renamingAKindKeepsTheTitlesItsItemsWereFiledUnder()
{
    Fixture f;
    const qint64 dossierId = ownersDossier(f);
    QVERIFY(dossierId);
    AR_VERIFY_OK(f.archive->filing().receive(dossierId, itemOf(kKind)));
    // The administrator renames the kind.
    f.becomeRole(Role::Admin, QStringLiteral("admin2"));
    auto kinds = f.archive->dossiers().kinds(QStringLiteral("owner"));
    AR_VERIFY_OK(kinds);
    ItemKind k;
    for (const ItemKind& each : kinds.value())
        if (each.name == kKind)
            k = each;
    QVERIFY(k.id);
    k.name = kRenamed;
    AR_VERIFY_OK(f.archive->dossiers().saveKind(k));
    // What was filed keeps its title; what is filed now has the new one.
    f.becomeRole(Role::Clerk, QStringLiteral("clerk2"));
    AR_VERIFY_OK(f.archive->filing().receive(dossierId, itemOf(kRenamed)));
    auto v = f.archive->dossiers().view(dossierId);
    AR_VERIFY_OK(v);
    QCOMPARE(v->items.size(), 2);
    QCOMPARE(v->items.at(0).title, kKind);
    QCOMPARE(v->items.at(0).kindName, kRenamed);
    QCOMPARE(v->items.at(1).title, kRenamed);
    QCOMPARE(catalogTitles(f, QStringLiteral("3-2-1201")), QStringList({kKind, kRenamed}));
    // Renaming it again, or saving it unchanged, changes no title on file.
    f.becomeRole(Role::Admin, QStringLiteral("admin3"));
    AR_VERIFY_OK(f.archive->dossiers().saveKind(k));
    k.name = QStringLiteral("业主登记表");
    AR_VERIFY_OK(f.archive->dossiers().saveKind(k));
    f.becomeRole(Role::Clerk, QStringLiteral("clerk3"));
    v = f.archive->dossiers().view(dossierId);
    AR_VERIFY_OK(v);
    QCOMPARE(v->items.at(0).title, kKind);
    QCOMPARE(v->items.at(1).title, kRenamed);
}

QTEST_GUILESS_MAIN(TestServicesItemTitles)
#include "TestServicesItemTitles.moc"
