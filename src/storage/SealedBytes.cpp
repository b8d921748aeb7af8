#include "SealedBytes.h"

#include "Database.h"

#include <sqlite3.h>

#include <array>

namespace ar::sealedbytes {

namespace {

constexpr char kV1 = 0x01;
constexpr char kV2 = 0x02;
constexpr char kM1 = 0x03;
constexpr int kBlindBytes = 16;

// The bytes of canonical base64 as QByteArray::toBase64 writes it (the standard alphabet, '='
// padding to a multiple of four, the unused bits of the last character zero), so that the bytes
// give back the very same text; empty for anything else. One pass, no second encoding to compare
// (a sixth of an import's sealing; issue #23).
QByteArray canonicalBase64(QByteArrayView text)
{
    static constexpr std::array<signed char, 256> kValue = [] {
        std::array<signed char, 256> v{};
        for (auto& x : v)
            x = -1;
        for (int i = 0; i < 26; ++i) {
            v[size_t('A' + i)] = static_cast<signed char>(i);
            v[size_t('a' + i)] = static_cast<signed char>(26 + i);
        }
        for (int i = 0; i < 10; ++i)
            v[size_t('0' + i)] = static_cast<signed char>(52 + i);
        v[size_t('+')] = 62;
        v[size_t('/')] = 63;
        return v;
    }();
    if (text.isEmpty() || text.size() % 4 != 0)
        return {};
    const int pad = text.endsWith("==") ? 2 : text.endsWith('=') ? 1 : 0;
    const qsizetype chars = text.size() - pad;
    QByteArray out(text.size() / 4 * 3 - pad, Qt::Uninitialized);
    quint32 acc = 0;
    int bits = 0;
    qsizetype at = 0;
    for (qsizetype i = 0; i < chars; ++i) {
        const int v = kValue[uchar(text[i])];
        if (v < 0)
            return {};
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[at++] = char((acc >> bits) & 0xff);
        }
    }
    if (at != out.size() || (acc & ((1u << bits) - 1)) != 0)
        return {};
    return out;
}

bool allDigits(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 18 || (v.size() > 1 && v.front() == '0'))
        return false;
    for (char c : v)
        if (c < '0' || c > '9')
            return false;
    return true;
}

QByteArray sealedFromLatin1(const QByteArray& t)
{
    if (t.startsWith("v1:") || t.startsWith("m1:")) {
        const QByteArray raw = canonicalBase64(QByteArrayView(t).sliced(3));
        if (raw.isEmpty())
            return {};
        return (t.front() == 'v' ? kV1 : kM1) + raw;
    }
    if (t.startsWith("v2:")) {
        const qsizetype colon = t.indexOf(':', 3);
        if (colon < 0 || !allDigits(QByteArrayView(t).sliced(3, colon - 3)))
            return {};
        const QByteArray raw = canonicalBase64(QByteArrayView(t).sliced(colon + 1));
        if (raw.isEmpty())
            return {};
        return kV2 + t.sliced(3, colon - 3) + ':' + raw;
    }
    return {};
}

QByteArray blindFromLatin1(const QByteArray& t)
{
    if (t.size() != 2 * kBlindBytes)
        return {};
    for (char c : t)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return {}; // lower case only: the bytes give back the same text
    return QByteArray::fromHex(t);
}

bool isAscii(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() > 0x7f)
            return false;
    return true;
}

// The SQL functions of migration 0027: a text that `convert` turns into bytes becomes those bytes,
// any other value stays as it is.
template <QByteArray (*convert)(const QByteArray&)>
void sqlBytes(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    sqlite3_value* v = argv[0];
    if (sqlite3_value_type(v) == SQLITE_TEXT) {
        const QByteArray t(reinterpret_cast<const char*>(sqlite3_value_text(v)), sqlite3_value_bytes(v));
        if (const QByteArray b = convert(t); !b.isEmpty()) {
            sqlite3_result_blob(ctx, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            return;
        }
    }
    sqlite3_result_value(ctx, v);
}

} // namespace

QByteArray fromText(const QString& text)
{
    if (text.size() < 4 || !isAscii(text))
        return {};
    return sealedFromLatin1(text.toLatin1());
}

QString toText(const QByteArray& bytes)
{
    if (bytes.size() > 1) {
        const QByteArray rest = bytes.sliced(1);
        switch (bytes.front()) {
        case kV1:
            return QStringLiteral("v1:") + QString::fromLatin1(rest.toBase64());
        case kM1:
            return QStringLiteral("m1:") + QString::fromLatin1(rest.toBase64());
        case kV2:
            if (const qsizetype colon = rest.indexOf(':'); colon > 0 && allDigits(rest.first(colon)))
                return QStringLiteral("v2:") + QString::fromLatin1(rest.first(colon + 1)) +
                       QString::fromLatin1(rest.sliced(colon + 1).toBase64());
            break;
        default:
            break;
        }
    }
    // Not a form this program writes: a value that fails its check, reported as damage.
    return QStringLiteral("v1:") + QString::fromLatin1(bytes.toBase64());
}

QByteArray blindFromText(const QString& hex)
{
    if (hex.size() != 2 * kBlindBytes || !isAscii(hex))
        return {};
    return blindFromLatin1(hex.toLatin1());
}

QVariant stored(const Database& db, const QString& text)
{
    if (!db.isPostgres())
        if (QByteArray b = fromText(text); !b.isEmpty())
            return b;
    return text;
}

QVariant storedBlind(const Database& db, const QString& hex)
{
    if (!db.isPostgres())
        if (QByteArray b = blindFromText(hex); !b.isEmpty())
            return b;
    return hex;
}

QString text(const QVariant& stored)
{
    if (stored.metaType() == QMetaType::fromType<QByteArray>())
        return toText(stored.toByteArray());
    return stored.toString();
}

QString blindText(const QVariant& stored)
{
    if (stored.metaType() == QMetaType::fromType<QByteArray>())
        return QString::fromLatin1(stored.toByteArray().toHex());
    return stored.toString();
}

Column column(const QString& table, const QString& name)
{
    if (table == QLatin1String("persons")) {
        if (name == QLatin1String("id_blind"))
            return Column::Blind;
        if (name == QLatin1String("id_number") || name == QLatin1String("work_unit") ||
            name == QLatin1String("home_address") || name == QLatin1String("emergency_contact") ||
            name == QLatin1String("masked"))
            return Column::Sealed;
    } else if (table == QLatin1String("person_phones")) {
        if (name == QLatin1String("phone_blind"))
            return Column::Blind;
        if (name == QLatin1String("phone"))
            return Column::Sealed;
    }
    return Column::Plain;
}

QVariant forEngine(const Database& target, Column kind, const QVariant& value)
{
    if (kind == Column::Plain || value.isNull())
        return value;
    if (kind == Column::Blind)
        return storedBlind(target, blindText(value));
    return stored(target, text(value));
}

int registerSqlFunctions(sqlite3* db)
{
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(db, "ar_sealed_bytes", 1, flags, nullptr, sqlBytes<sealedFromLatin1>,
                                        nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "ar_blind_bytes", 1, flags, nullptr, sqlBytes<blindFromLatin1>,
                                        nullptr, nullptr, nullptr);
    return rc;
}

bool usesSqliteOnlyFunction(const QString& sql)
{
    return sql.contains(QLatin1String("ar_sealed_bytes(")) || sql.contains(QLatin1String("ar_blind_bytes("));
}

} // namespace ar::sealedbytes
