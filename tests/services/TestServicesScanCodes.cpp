// Scanning at the desk (issue #20 item 1): a 档号 typed or scanned without its "·", with "." or
// "-" or a space in its place, in any case, full-width, or as the unique tail is resolved in one
// place (DossierService::resolve) for every entry point: the desk, requests, reconciliation and
// search; an ambiguous tail lists the candidates.
#include "LoanHelpers.h"
#include "ServiceHelpers.h"

#include "core/ScanCode.h"

#include <QPdfWriter>
#include <QProcess>
#include <QTest>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

using namespace ar;
using namespace ar::test;

namespace {

struct World
{
    Fixture f{Role::Clerk};
    User clerk, leader;
    QString ownerNo, financeNo;
    World()
    {
        clerk = f.user;
        leader = addAccount(f, Role::Leader, QStringLiteral("gm"), QStringLiteral("总经理办公室"));
        f.makeSmallEstate();
        actAs(f, clerk);
        ownerNo =
            f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))))->archiveNo;
        financeNo = addDossier(f, QStringLiteral("finance"), QStringLiteral("2026年11月收支凭证"));
    }
};

// The same number in the forms scanners and clerks type it.
QStringList variantsOf(const QString& no)
{
    QString noDot = no;
    noDot.remove(QChar(0x00B7));
    QString fullStop = no;
    fullStop.replace(QChar(0x00B7), QLatin1Char('.'));
    QString hyphen = no;
    hyphen.replace(QChar(0x00B7), QLatin1Char('-'));
    QString space = no;
    space.replace(QChar(0x00B7), QLatin1Char(' '));
    QString wide;
    for (QChar c : no)
        wide += (c.unicode() > 0x20 && c.unicode() < 0x7F) ? QChar(char16_t(c.unicode() + 0xFEE0)) : c;
    return {noDot, fullStop.toLower(), hyphen, space, wide};
}

} // namespace

class TestServicesScanCodes : public QObject
{
    Q_OBJECT

private slots:
    void R10_everyTypedFormResolvesToTheDossier();
    void R10_uniqueTailResolvesAndAnAmbiguousOneListsTheCandidates();
    void R10_keysOfAnOlderFileAreWrittenWhenItIsOpened();
    void R33_deskChecksOutAndRequestsByAnyTypedForm();
    void R44_reconciliationScansAcceptTheVariants();
    void searchFindsTheVariants();
    void R15_boxLabelThenFoldersMovesThemWithHistory();
    void R15_shelfLabelThenBoxLabelsMovesTheBoxes();
    void R15_P6_locationLabelsDecodeToTheirCodes();
};

void TestServicesScanCodes::R10_everyTypedFormResolvesToTheDossier()
{
    World w;
    QVERIFY(w.ownerNo.contains(QChar(0x00B7)));
    for (const QString& typed : variantsOf(w.ownerNo)) {
        auto d = w.f.archive->dossiers().byArchiveNo(typed);
        QVERIFY2(d.ok(), qPrintable(typed + QStringLiteral(": ") + (d ? QString() : d.error().message)));
        QCOMPARE(d->archiveNo, w.ownerNo);
    }
    auto none = w.f.archive->dossiers().byArchiveNo(QStringLiteral("Z109-YZ.2026-Y-9999"));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    auto empty = w.f.archive->dossiers().resolveCode(QStringLiteral(" ·-. "));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
}

void TestServicesScanCodes::R10_uniqueTailResolvesAndAnAmbiguousOneListsTheCandidates()
{
    World w;
    // Both numbers end in 0001: the owner's Z109-YZ·2026-Y-0001, the finance Z109-CW·2026-D30-0001.
    QVERIFY(w.ownerNo.endsWith(QStringLiteral("-0001")));
    QVERIFY(w.financeNo.endsWith(QStringLiteral("-0001")));
    const QString ownerTail = w.ownerNo.section(QLatin1Char('-'), -2); // "Y-0001"
    auto one = w.f.archive->dossiers().resolveCode(ownerTail.toLower());
    QVERIFY(one.ok());
    QVERIFY(one->dossier);
    QCOMPARE(one->dossier->archiveNo, w.ownerNo);

    auto two = w.f.archive->dossiers().resolveCode(QStringLiteral("0001"));
    QVERIFY(two.ok());
    QVERIFY(!two->dossier);
    QStringList nos;
    for (const Dossier& d : two->candidates)
        nos << d.archiveNo;
    nos.sort();
    QStringList expected{w.ownerNo, w.financeNo};
    expected.sort();
    QCOMPARE(nos, expected);
    // Where one dossier is wanted, the ambiguous tail is refused with both named; nothing is lent.
    auto refused = w.f.archive->dossiers().byArchiveNo(QStringLiteral("0001"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.contains(w.ownerNo) && refused.error().message.contains(w.financeNo),
             qPrintable(refused.error().message));
    actAs(w.f, w.clerk);
    auto loan = w.f.archive->desk().checkOutByArchiveNo(QStringLiteral("0001"), QStringLiteral("gm"),
                                                        QStringLiteral("年终检查"));
    QVERIFY(!loan.ok());
    QCOMPARE(loan.error().code, ErrorCode::InvalidInput);
    QCOMPARE(count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM loans")), 0);
    // A tail that is not at a separator is no tail: "001" names nothing.
    QCOMPARE(w.f.archive->dossiers().resolveCode(QStringLiteral("001")).error().code, ErrorCode::NotFound);
}

void TestServicesScanCodes::R10_keysOfAnOlderFileAreWrittenWhenItIsOpened()
{
    World w;
    // A file from before the keys: its dossiers have none.
    QVERIFY(w.f.archive->database().write(QStringLiteral("DELETE FROM archive_keys")).ok());
    QVERIFY(!w.f.archive->dossiers().byArchiveNo(QStringLiteral("z109-yz.2026-y-0001")).ok());
    w.f.archive.reset();
    auto reopened = Archive::open(w.f.dbPath(), &w.f.clock);
    QVERIFY(reopened.ok());
    w.f.archive = std::move(reopened).value();
    QCOMPARE(count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM archive_keys WHERE whole = 1")), 2);
    actAs(w.f, w.clerk);
    auto d = w.f.archive->dossiers().byArchiveNo(QStringLiteral("z109-yz.2026-y-0001"));
    QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
    QCOMPARE(d->archiveNo, w.ownerNo);
}

void TestServicesScanCodes::R33_deskChecksOutAndRequestsByAnyTypedForm()
{
    World w;
    actAs(w.f, w.clerk);
    // The leader's take-out is granted at once (R21): the desk checks it out by the scanned form.
    QString scanned = w.ownerNo;
    scanned.replace(QChar(0x00B7), QLatin1Char('.'));
    auto out = w.f.archive->desk().checkOutByArchiveNo(scanned.toLower(), QStringLiteral("gm"),
                                                       QStringLiteral("年终检查"));
    QVERIFY2(out.ok(), qPrintable(out ? QString() : out.error().message));
    QCOMPARE(out->archiveNo, w.ownerNo);
    QCOMPARE(out->status, LoanStatus::Out);
    // Back by its tail.
    auto back = w.f.archive->desk().giveBackByArchiveNo(w.ownerNo.section(QLatin1Char('-'), -2),
                                                        ReturnCondition::Complete);
    QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->status, LoanStatus::Returned);
    // A request names the finance dossier without its "·".
    actAs(w.f, w.leader);
    QString noDot = w.financeNo;
    noDot.remove(QChar(0x00B7));
    auto req = w.f.archive->loans().request({noDot, {}, AccessMode::Borrow, QStringLiteral("核对"), {}, {}});
    QVERIFY2(req.ok(), qPrintable(req ? QString() : req.error().message));
    QCOMPARE(req->archiveNo, w.financeNo);
}

void TestServicesScanCodes::R44_reconciliationScansAcceptTheVariants()
{
    World w;
    actAs(w.f, w.clerk);
    DossierService& ds = w.f.archive->dossiers();
    PlaceService& places = w.f.archive->places();
    const qint64 room = places.addLocation(0, QStringLiteral("room"), QStringLiteral("一号档案室")).value();
    const qint64 shelf = places.addLocation(room, QStringLiteral("shelf"), QStringLiteral("第1层")).value();
    for (const QString& no : {w.ownerNo, w.financeNo})
        QVERIFY(places.move(ds.byArchiveNo(no)->id, shelf).ok());
    auto session = w.f.archive->reconSessions().start(QStringLiteral("一号档案室/第1层"));
    QVERIFY2(session.ok(), qPrintable(session ? QString() : session.error().message));
    QString owner = w.ownerNo;
    owner.replace(QChar(0x00B7), QLatin1Char('-'));
    QString finance = w.financeNo;
    finance.remove(QChar(0x00B7));
    for (const auto& [code, no] : {std::pair{owner.toLower(), w.ownerNo}, std::pair{finance, w.financeNo}}) {
        auto r = w.f.archive->reconSessions().scan(session->id, code);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->scan.result, QStringLiteral("found"));
        QCOMPARE(r->scan.archiveNo, no);
        QCOMPARE(r->scan.code, code); // what the scanner typed is kept
    }
    // Scanned again in another form: a duplicate, not a second find.
    auto again = w.f.archive->reconSessions().scan(session->id, w.ownerNo);
    QVERIFY(again.ok());
    QCOMPARE(again->scan.result, QStringLiteral("duplicate"));
    // An ambiguous tail saves nothing and names the candidates.
    const int scans = count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM reconciliation_scans"));
    auto ambiguous = w.f.archive->reconSessions().scan(session->id, QStringLiteral("0001"));
    QVERIFY(!ambiguous.ok());
    QVERIFY(ambiguous.error().message.contains(w.ownerNo));
    QCOMPARE(count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM reconciliation_scans")), scans);
}

void TestServicesScanCodes::searchFindsTheVariants()
{
    World w;
    QString typed = w.ownerNo;
    typed.replace(QChar(0x00B7), QLatin1Char('.'));
    for (const QString& q : {typed.toLower(), typed.left(10)}) {
        auto hits = w.f.archive->search().search(q, 20);
        QVERIFY(hits.ok());
        bool found = false;
        for (const SearchHit& h : hits.value())
            found = found || (h.kind == HitKind::Dossier && h.archiveNo == w.ownerNo);
        QVERIFY2(found, qPrintable(q));
    }
}

namespace {

struct Shelves
{
    qint64 room = 0, cabinet = 0, shelf1 = 0, shelf2 = 0, box = 0;
    explicit Shelves(PlaceService& ds)
    {
        room = ds.addLocation(0, QStringLiteral("room"), QStringLiteral("一号档案室")).value();
        cabinet = ds.addLocation(room, QStringLiteral("cabinet"), QStringLiteral("A柜")).value();
        shelf1 = ds.addLocation(cabinet, QStringLiteral("shelf"), QStringLiteral("第1层")).value();
        shelf2 = ds.addLocation(cabinet, QStringLiteral("shelf"), QStringLiteral("第2层")).value();
        box = ds.addLocation(shelf1, QStringLiteral("box"), QStringLiteral("01号盒")).value();
    }
};

int historyRows(Archive& a, const QString& entity, qint64 id, const QString& field)
{
    return count(a,
                 QStringLiteral(
                     "SELECT COUNT(*) FROM change_history WHERE entity = ? AND entity_id = ? AND field = ?"),
                 {entity, id, field});
}

} // namespace

void TestServicesScanCodes::R15_boxLabelThenFoldersMovesThemWithHistory()
{
    World w;
    DossierService& ds = w.f.archive->dossiers();
    PlaceService& places = w.f.archive->places();
    const Shelves s(places);
    // A folder scanned before any label: nothing moves, the clerk is told what to scan first.
    auto early = places.scanToMove(0, w.ownerNo);
    QVERIFY(!early.ok());
    QCOMPARE(ds.byArchiveNo(w.ownerNo)->locationId, 0);
    // The box's label (as a scanner types it), then the two folders in scanned forms.
    auto target = places.scanToMove(0, QStringLiteral("loc.%1").arg(s.box));
    QVERIFY2(target.ok(), qPrintable(target ? QString() : target.error().message));
    QCOMPARE(target->kind, ScanMoveStep::Kind::Target);
    QCOMPARE(target->targetId, s.box);
    QCOMPARE(target->targetPath, QStringLiteral("一号档案室 › A柜 › 第1层 › 01号盒"));
    const int audits =
        count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'move_dossier'"));
    QString owner = w.ownerNo;
    owner.replace(QChar(0x00B7), QLatin1Char('.'));
    QString finance = w.financeNo;
    finance.remove(QChar(0x00B7));
    for (const QString& code : {owner.toLower(), finance}) {
        auto step = places.scanToMove(target->targetId, code);
        QVERIFY2(step.ok(), qPrintable(step ? QString() : step.error().message));
        QCOMPARE(step->kind, ScanMoveStep::Kind::Folder);
        QCOMPARE(step->targetId, s.box);
    }
    for (const QString& no : {w.ownerNo, w.financeNo}) {
        const Dossier d = ds.byArchiveNo(no).value();
        QCOMPARE(d.locationId, s.box); // R15: one current place
        QCOMPARE(historyRows(*w.f.archive, QStringLiteral("dossier"), d.id, QStringLiteral("location")), 1);
    }
    QCOMPARE(
        count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'move_dossier'")),
        audits + 2);
    // Staff may not move folders.
    actAs(w.f, addAccount(w.f, Role::Staff, QStringLiteral("staff-cs"), QStringLiteral("客服部")));
    QCOMPARE(places.scanToMove(s.box, w.ownerNo).error().code, ErrorCode::PermissionDenied);
}

void TestServicesScanCodes::R15_shelfLabelThenBoxLabelsMovesTheBoxes()
{
    World w;
    DossierService& ds = w.f.archive->dossiers();
    PlaceService& places = w.f.archive->places();
    const Shelves s(places);
    const qint64 owner = ds.byArchiveNo(w.ownerNo)->id;
    QVERIFY(places.move(owner, s.box).ok());
    // Shelf 2's label, then the box's: the box (with the folder in it) goes onto shelf 2.
    auto target = places.scanToMove(0, scancode::locationCode(s.shelf2));
    QVERIFY(target.ok());
    QCOMPARE(target->targetId, s.shelf2);
    auto step = places.scanToMove(s.shelf2, scancode::locationCode(s.box));
    QVERIFY2(step.ok(), qPrintable(step ? QString() : step.error().message));
    QCOMPARE(step->kind, ScanMoveStep::Kind::Location);
    QCOMPARE(step->from, QStringLiteral("一号档案室 › A柜 › 第1层"));
    QCOMPARE(step->what, QStringLiteral("一号档案室 › A柜 › 第2层 › 01号盒"));
    QCOMPARE(places.locationPath(s.box).value(), QStringLiteral("一号档案室 › A柜 › 第2层 › 01号盒"));
    // History: the box's own row and the folder's (its place reads differently); audited.
    QCOMPARE(historyRows(*w.f.archive, QStringLiteral("location"), s.box, QStringLiteral("place")), 1);
    QCOMPARE(historyRows(*w.f.archive, QStringLiteral("dossier"), owner, QStringLiteral("location")), 2);
    QCOMPARE(
        count(*w.f.archive,
              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'location' AND entity_id = ? AND "
                             "detail LIKE '%moved_to%'"),
              {s.box}),
        1);
    QCOMPARE(ds.byArchiveNo(w.ownerNo)->locationId, s.box);
    // A shelf cannot go into a box; a cabinet scanned after a shelf becomes the target instead.
    QVERIFY(!places.moveLocation(s.shelf1, s.box).ok());
    auto cabinet = places.scanToMove(s.shelf2, scancode::locationCode(s.cabinet));
    QVERIFY(cabinet.ok());
    QCOMPARE(cabinet->kind, ScanMoveStep::Kind::Target);
    QCOMPARE(cabinet->targetId, s.cabinet);
    // The target scanned again ends it.
    auto ended = places.scanToMove(s.cabinet, scancode::locationCode(s.cabinet));
    QVERIFY(ended.ok());
    QCOMPARE(ended->targetId, 0);
    // An unknown location code changes nothing.
    QVERIFY(!places.scanToMove(s.shelf2, QStringLiteral("LOC-999")).ok());
}

void TestServicesScanCodes::R15_P6_locationLabelsDecodeToTheirCodes()
{
    World w;
    PlaceService& places = w.f.archive->places();
    const Shelves s(places);
    QVERIFY(places.moveFolders({w.ownerNo, w.financeNo}, s.box).ok());
    auto job = w.f.archive->printing().locationLabels(QStringLiteral("一号档案室/A柜"));
    QVERIFY2(job.ok(), qPrintable(job ? QString() : job.error().message));
    QCOMPARE(job->entries, 4); // the cabinet, its two shelves and the box
    const QString pdf = w.f.dir.filePath(QStringLiteral("places.pdf"));
    auto pages = w.f.archive->printing().jobToPdf(job.value(), pdf);
    QVERIFY2(pages.ok(), qPrintable(pages ? QString() : pages.error().message));
    QProcess ppm;
    ppm.start(QStringLiteral("pdftoppm"),
              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"),
               QStringLiteral("-singlefile"), pdf, pdf});
    QVERIFY(ppm.waitForFinished(60000));
    const QImage page = QImage(pdf + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(!page.isNull());
    // The default sheet: 3 columns × 8 rows of 70 × 37 mm from 0.5 mm down.
    const double px = 300 / 25.4;
    QStringList decoded;
    for (int slot = 0; slot < 4; ++slot) {
        const QImage crop = page.copy(
            QRect(int((slot % 3) * 70 * px), int((0.5 + (slot / 3) * 37) * px), int(70 * px), int(37 * px)));
        const ZXing::ImageView view(crop.constBits(), crop.width(), crop.height(), ZXing::ImageFormat::Lum,
                                    int(crop.bytesPerLine()));
        const auto codes =
            ZXing::ReadBarcodes(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::Code128));
        QCOMPARE(int(codes.size()), 1);
        decoded << QString::fromStdString(codes.front().text());
    }
    QCOMPARE(decoded, (QStringList{scancode::locationCode(s.cabinet), scancode::locationCode(s.shelf1),
                                   scancode::locationCode(s.box), scancode::locationCode(s.shelf2)}));
    // The box's label lists the range of 档号 it holds.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char('\n'));
    QVERIFY2(printed.contains(w.ownerNo) || printed.contains(w.financeNo), qPrintable(printed));
    // The decoded box code, scanned, makes the box the target.
    auto target = places.scanToMove(0, decoded.at(2));
    QVERIFY(target.ok());
    QCOMPARE(target->targetId, s.box);
}

QTEST_MAIN(TestServicesScanCodes) // painting labels needs a QGuiApplication
#include "TestServicesScanCodes.moc"
