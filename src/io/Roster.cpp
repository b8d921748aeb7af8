// Reading a handover roster's columns: which header means what, and Excel's ways with values.
#include "Roster.h"

#include "core/TextNormalize.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <cmath>

namespace ar::io {

namespace {

struct FieldInfo
{
    RosterField field;
    const char* code;
    const char* label;
    QStringList headers; // normalised header texts that name the field
};

const QList<FieldInfo>& fields()
{
    auto l = [](std::initializer_list<const char*> names) {
        QStringList out;
        for (const char* n : names)
            out << QString::fromUtf8(n);
        return out;
    };
    static const QList<FieldInfo> all{
        {RosterField::Room, "room", QT_TRANSLATE_NOOP("Io", "Room"),
         l({"房号", "房间号", "房屋编号", "房产编号", "房屋", "房间", "户号", "楼号房号", "楼栋单元房号",
            "房屋地址", "room", "roomno.", "roomref"})},
        {RosterField::Building, "building", QT_TRANSLATE_NOOP("Io", "Building"),
         l({"楼栋", "楼号", "栋号", "楼座", "座号", "栋", "座", "幢", "楼栋号", "building", "buildingno."})},
        {RosterField::Unit, "unit", QT_TRANSLATE_NOOP("Io", "Unit"), l({"单元", "单元号", "unit"})},
        {RosterField::RoomNumber, "room_number", QT_TRANSLATE_NOOP("Io", "Room number"),
         l({"室号", "室", "门牌号", "房号室", "户室号", "room_number", "roomnumber"})},
        {RosterField::Name, "name", QT_TRANSLATE_NOOP("Io", "Name"),
         l({"姓名", "业主姓名", "业主", "业主名称", "客户姓名", "租户姓名", "户主", "户主姓名", "name",
            "ownername"})},
        {RosterField::Gender, "gender", QT_TRANSLATE_NOOP("Io", "Gender"), l({"性别", "gender"})},
        {RosterField::IdType, "id_type", QT_TRANSLATE_NOOP("Io", "Document type"),
         l({"证件类型", "证件种类", "id_type", "documenttype"})},
        {RosterField::IdNumber, "id_number", QT_TRANSLATE_NOOP("Io", "ID number"),
         l({"身份证号", "身份证号码", "身份证", "证件号", "证件号码", "身份证件号码", "id_number", "idnumber",
            "idno."})},
        {RosterField::Phone, "phone", QT_TRANSLATE_NOOP("Io", "Phone"),
         l({"电话", "联系电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "phone", "phones",
            "mobile"})},
        {RosterField::WorkUnit, "work_unit", QT_TRANSLATE_NOOP("Io", "Work unit"),
         l({"工作单位", "单位", "work_unit", "workunit", "employer"})},
        {RosterField::HomeAddress, "home_address", QT_TRANSLATE_NOOP("Io", "Home address"),
         l({"家庭住址", "住址", "通讯地址", "联系地址", "户籍地址", "home_address", "homeaddress",
            "address"})},
        {RosterField::EmergencyContact, "emergency_contact", QT_TRANSLATE_NOOP("Io", "Emergency contact"),
         l({"紧急联系人", "紧急联系人及电话", "emergency_contact", "emergencycontact"})},
        {RosterField::MoveIn, "move_in", QT_TRANSLATE_NOOP("Io", "Move-in date"),
         l({"入住日期", "交房日期", "收楼日期", "交付日期", "入伙日期", "move_in", "move-indate",
            "moveindate"})},
        {RosterField::Role, "role", QT_TRANSLATE_NOOP("Io", "Status"),
         l({"业主身份", "身份", "类型", "role"})},
        {RosterField::Relation, "relation", QT_TRANSLATE_NOOP("Io", "Relation"),
         l({"关系", "与业主关系", "relation"})},
        {RosterField::Area, "area", QT_TRANSLATE_NOOP("Io", "Area"),
         l({"建筑面积", "面积", "建筑面积m2", "建筑面积㎡", "建筑面积平方米", "area"})},
        {RosterField::Notes, "notes", QT_TRANSLATE_NOOP("Io", "Notes"), l({"备注", "说明", "notes"})},
        {RosterField::LeaseFrom, "lease_from", QT_TRANSLATE_NOOP("Io", "Lease from"),
         l({"租期起", "租期开始", "租赁开始日期", "租期起始日", "起租日期", "租赁起始日期", "lease_from",
            "leasefrom"})},
        {RosterField::LeaseTo, "lease_to", QT_TRANSLATE_NOOP("Io", "Lease to"),
         l({"租期止", "租期结束", "租赁结束日期", "租期截止日", "到期日期", "租赁到期日", "租赁终止日期",
            "lease_to", "leaseto"})},
        {RosterField::LeaseTerm, "lease_term", QT_TRANSLATE_NOOP("Io", "Lease term"),
         l({"租赁期限", "租期", "租赁期", "lease_term", "leaseterm", "lease"})},
        {RosterField::ContractNo, "contract_no", QT_TRANSLATE_NOOP("Io", "Contract number"),
         l({"合同编号", "合同号", "租赁合同编号", "租赁合同号", "contract_no", "contractno", "contract"})},
        {RosterField::ContactName, "contact_name", QT_TRANSLATE_NOOP("Io", "Contact person"),
         l({"联系人", "单位联系人", "联系人姓名", "contact_name", "contactname", "contact"})},
    };
    return all;
}

QString headerKey(const QString& header)
{
    QString h = text::compact(header).toLower();
    // "身份证号码（必填）", "*姓名", "建筑面积(㎡)": the marks and notes around the name go.
    h.remove(QRegularExpression(QStringLiteral("[（(\\[【][^）)\\]】]*[）)\\]】]")));
    h.remove(QRegularExpression(QStringLiteral("[*＊:：/、\\s]")));
    return h;
}

Error refused(RosterField f, const QString& value, const QString& why)
{
    return Error::invalid(rosterFieldCode(f), value, why);
}

} // namespace

QList<RosterField> allRosterFields()
{
    QList<RosterField> out;
    for (const FieldInfo& f : fields())
        out << f.field;
    return out;
}

QString rosterFieldCode(RosterField f)
{
    for (const FieldInfo& i : fields())
        if (i.field == f)
            return QString::fromLatin1(i.code);
    return {};
}

std::optional<RosterField> rosterFieldFromCode(const QString& code)
{
    for (const FieldInfo& i : fields())
        if (code == QLatin1String(i.code))
            return i.field;
    return std::nullopt;
}

QString rosterFieldLabel(RosterField f)
{
    for (const FieldInfo& i : fields())
        if (i.field == f)
            return QCoreApplication::translate("Io", i.label);
    return {};
}

std::optional<RosterField> fieldForHeader(const QString& header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    for (const FieldInfo& i : fields())
        if (i.headers.contains(key))
            return i.field;
    return std::nullopt;
}

std::optional<HeaderMatch> findHeader(const Sheet& sheet)
{
    std::optional<HeaderMatch> best;
    for (int i = 0; i < sheet.rows.size() && i < 20; ++i) {
        HeaderMatch m;
        m.rowIndex = i;
        m.rowNumber = sheet.rows.at(i).number;
        QSet<RosterField> seen;
        const QList<Cell>& cells = sheet.rows.at(i).cells;
        for (int c = 0; c < cells.size(); ++c) {
            const QString text = cells.at(c).type == Cell::Type::Text ? cells.at(c).text : QString();
            m.headers << text::normalize(text);
            if (text.trimmed().isEmpty())
                continue;
            const auto f = fieldForHeader(text);
            if (f && !seen.contains(*f)) {
                m.columns.insert(c, *f);
                seen.insert(*f);
            } else {
                m.unknown.insert(c, text::normalize(text));
            }
        }
        if (m.columns.size() >= 2 && (!best || m.columns.size() > best->columns.size()))
            best = m;
    }
    return best;
}

QString layoutKey(const QStringList& headers)
{
    QStringList keys;
    for (const QString& h : headers)
        keys << headerKey(h);
    return QString::fromLatin1(
        QCryptographicHash::hash(keys.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QDate excelSerialDate(double serial)
{
    // Day 1 is 1900-01-01; Excel counts a 29 February 1900 that never was, so from day 61 on
    // the days are counted from 1899-12-30.
    const qint64 days = qint64(std::floor(serial));
    if (days < 1 || days > 2958465)
        return {};
    return days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

std::optional<QDate> parseDate(const QString& input)
{
    const QString s = text::compact(input);
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    static const QRegularExpression compactDigits(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = ymd.match(s);
    if (!m.hasMatch())
        m = compactDigits.match(s);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return d;
        return std::nullopt;
    }
    bool ok = false;
    const double serial = s.toDouble(&ok);
    if (ok && serial >= 1 && serial < 100000) {
        const QDate d = excelSerialDate(serial);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

Result<QString> fieldText(const Cell& cell, RosterField field)
{
    if (cell.isEmpty())
        return QString();
    if (cell.type == Cell::Type::Error)
        return refused(field, cell.text,
                       QCoreApplication::translate("Io", "the cell holds the Excel error %1").arg(cell.text));
    const bool number = cell.type == Cell::Type::Number;
    const QString text = number ? cell.text : text::normalize(cell.text);
    // A list exported by this program (or any masked copy) cannot bring the values back.
    if (!number && text.contains(QLatin1String("***")))
        return refused(field, text,
                       QCoreApplication::translate("Io", "the value is masked (***): an exported list cannot be "
                                                         "imported back; import the original roster"));
    static const QRegularExpression scientific(QStringLiteral("^[0-9.]+[eE][+]?\\d+$"));
    switch (field) {
    case RosterField::IdNumber:
        // 18 digits do not fit Excel's 15 significant digits: stored as a number, the last ones
        // became zeros, and nothing can bring them back.
        if ((number && cell.number >= 1e15) || scientific.match(text).hasMatch())
            return refused(field, number ? QString::number(cell.number, 'f', 0) : text,
                           QCoreApplication::translate(
                               "Io",
                               "the ID number was stored as a number and has lost its last digits (Excel keeps 15); "
                               "the original cannot be recovered: format the column as text and type the numbers again"));
        if (number)
            return QString::number(cell.number, 'f', 0);
        return text;
    case RosterField::Phone:
        if (number) {
            if (cell.number != std::floor(cell.number) || cell.number < 0)
                return refused(field, cell.text, QCoreApplication::translate("Io", "%1 is not a phone number").arg(cell.text));
            return QString::number(cell.number, 'f', 0);
        }
        if (scientific.match(text).hasMatch())
            return QString::number(text.toDouble(), 'f', 0);
        return text;
    case RosterField::LeaseTerm: {
        // "2026-01-01至2026-12-31", "2026.1.1-2026.12.31", "2026/1/1 ~ 2026/12/31": two dates.
        static const QRegularExpression two(
            QStringLiteral("^(\\d{4}\\D{1,2}\\d{1,2}\\D{1,2}\\d{1,2}日?)\\s*(?:至|到|~|～|—|–|-{1,2})\\s*"
                           "(\\d{4}\\D{1,2}\\d{1,2}\\D{1,2}\\d{1,2}日?)$"));
        const QRegularExpressionMatch m = two.match(text::compact(text));
        const auto from = m.hasMatch() ? parseDate(m.captured(1)) : std::nullopt;
        const auto to = m.hasMatch() ? parseDate(m.captured(2)) : std::nullopt;
        if (!from || !to)
            return refused(field, text,
                           QCoreApplication::translate(
                               "Io", "%1 is not a lease term (write it as 2026-01-01至2026-12-31)")
                               .arg(text));
        return from->toString(Qt::ISODate) + QLatin1Char('/') + to->toString(Qt::ISODate);
    }
    case RosterField::LeaseFrom:
    case RosterField::LeaseTo:
    case RosterField::MoveIn: {
        if (number) {
            const QDate d = excelSerialDate(cell.number);
            if (!d.isValid())
                return refused(field, cell.text, QCoreApplication::translate("Io", "%1 is not a date").arg(cell.text));
            return d.toString(Qt::ISODate);
        }
        const auto d = parseDate(text);
        if (!d)
            return refused(field, text,
                           QCoreApplication::translate("Io", "%1 is not a date (write it as 2026-11-27)").arg(text));
        return d->toString(Qt::ISODate);
    }
    case RosterField::Area:
        if (number)
            return QString::number(cell.number, 'f', 2);
        return text;
    case RosterField::Building:
    case RosterField::Unit:
    case RosterField::RoomNumber:
        if (number)
            return QString::number(cell.number, 'f', 0);
        {
            // "3栋", "2单元", "1201室": the number without its word.
            static const QRegularExpression word(QStringLiteral("(栋|座|幢|号楼|单元|室|号)$"));
            QString t = text;
            t.remove(word);
            return t;
        }
    default:
        if (number)
            return QString::number(cell.number, 'g', 15);
        return text;
    }
}

} // namespace ar::io
