#include "KeysByRole.h"

#include "Context.h"

#include "Encryption.h"
#include "UseCase.h"
#include "core/Masking.h"
#include "security/Crypto.h"
#include "security/FieldCodec.h"
#include "security/KeyVault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ar::keysbyrole {

namespace {
const QString kOperationalKey = QStringLiteral("operational_key");   // OK wrapped under DK
const QString kOperationalKeys = QStringLiteral("operational_keys"); // shared subkeys under OK
const QString kArchivePublic = QStringLiteral("archive_public_key");
const QString kArchivePrivate = QStringLiteral("archive_private_key"); // wrapped under DK

Error damagedKeys()
{
    return Error::of(ErrorCode::Damaged,
                     QCoreApplication::translate("KeysByRole",
                                                 "The archive's keys are damaged: they do not open "
                                                 "with its data key. Restore the archive from a backup"));
}
} // namespace

bool roleHoldsFullKey(Role r)
{
    return allows(r, Permission::UnmaskSensitive) || allows(r, Permission::RegisterPersons);
}

QStringList fullKeyRoleCodes()
{
    QStringList out;
    for (Role r : allAccountRoles())
        if (roleHoldsFullKey(r))
            out << roleCode(r);
    return out;
}

Result<QByteArray> operationalKeyFrom(Context& ctx, const QByteArray& dataKey)
{
    auto wrapped = ctx.meta.get(kOperationalKey);
    if (!wrapped)
        return wrapped.error();
    if (wrapped->isEmpty())
        return QByteArray();
    auto ok = keys::unwrapUnder(dataKey, wrapped.value(), "operational key");
    if (!ok)
        return damagedKeys();
    return *ok;
}

Result<QByteArray> ensureOperationalKey(Context& ctx, const QByteArray& dataKey)
{
    auto existing = operationalKeyFrom(ctx, dataKey);
    if (!existing || !existing->isEmpty())
        return existing;
    const QByteArray ok = crypto::randomBytes(32);
    auto [priv, pub] = crypto::x25519KeyPair();
    Status s = ctx.meta.set(kOperationalKey, keys::wrapUnder(dataKey, ok, "operational key"));
    if (s)
        s = ctx.meta.set(kOperationalKeys, FieldCodec::sealSharedKeys(dataKey, ok));
    if (s)
        s = ctx.meta.set(kArchivePublic, QString::fromLatin1(pub.toBase64()));
    if (s)
        s = ctx.meta.set(kArchivePrivate, keys::wrapUnder(dataKey, priv, "archive private key"));
    crypto::wipe(priv);
    if (!s)
        return s.error();
    return ok;
}

Status loadSessionKeys(Context& ctx, FieldCodec& codec, const QByteArray& operationalKey,
                       const QByteArray& dataKey)
{
    auto shared = ctx.meta.get(kOperationalKeys);
    if (!shared)
        return shared.error();
    auto pub = ctx.meta.get(kArchivePublic);
    if (!pub)
        return pub.error();
    QByteArray priv;
    if (!dataKey.isEmpty()) {
        codec.setDataKey(dataKey);
        auto wrapped = ctx.meta.get(kArchivePrivate);
        if (!wrapped)
            return wrapped.error();
        auto opened = keys::unwrapUnder(dataKey, wrapped.value(), "archive private key");
        if (!opened)
            return damagedKeys();
        priv = *opened;
    }
    if (!codec.setOperationalKey(operationalKey, shared.value()))
        return damagedKeys();
    codec.setArchiveKeys(priv, QByteArray::fromBase64(pub->toLatin1()));
    codec.setWriterLookup([&db = ctx.db](qint64 writerId) {
        auto v = db.scalar(QStringLiteral("SELECT public_key FROM writer_keys WHERE id = ?"), {writerId});
        return v ? QByteArray::fromBase64(v.value().toString().toLatin1()) : QByteArray();
    });
    return {};
}

KeySlot newSlot(qint64 userId, const QString& password, const QByteArray& operationalKey,
                const QByteArray& accountKey, const QByteArray& grantKey)
{
    QByteArray priv = accountKey.isEmpty() ? crypto::x25519KeyPair().first : accountKey;
    QByteArray payload = keys::slotPayload(operationalKey, priv);
    KeySlot slot = keys::wrapForUser(payload, userId, password);
    slot.publicKey = QString::fromLatin1(crypto::x25519Public(priv).toBase64());
    if (!grantKey.isEmpty())
        slot.fullKey = keys::grantFor(slot.publicKey, grantKey, userId);
    crypto::wipe(payload);
    crypto::wipe(priv);
    return slot;
}

Result<bool> bootstrapping(Context& ctx)
{
    QStringList marks;
    QVariantList args;
    for (const QString& r : fullKeyRoleCodes()) {
        marks << QStringLiteral("?");
        args << r;
    }
    // An old-form slot (no public key) holds DK itself.
    auto n = ctx.db.exec(QStringLiteral("SELECT COUNT(*) FROM key_slots k JOIN users u ON u.id = k.user_id "
                                        "WHERE k.kind = 'user' AND u.active = 1 AND u.role IN (%1) AND "
                                        "(k.full_key IS NOT NULL OR k.public_key IS NULL)")
                             .arg(marks.join(QStringLiteral(", "))),
                         args);
    if (!n)
        return n.error();
    return !n.value().next() || n.value().value(0).toInt() == 0;
}

namespace {
Status fillMaskedForms(Context& ctx)
{
    auto ids = ctx.persons.withoutMaskedForm();
    if (!ids)
        return ids.error();
    for (qint64 id : ids.value()) {
        auto p = ctx.persons.load(id);
        if (!p)
            continue; // damaged: left without masked forms (shown as stars), reading it says so
        if (auto s = ctx.persons.writeMaskedForm(id, p->data); !s)
            return s;
    }
    auto blind = ctx.persons.withoutBlindIndex();
    if (!blind)
        return blind.error();
    for (qint64 id : blind.value()) {
        auto p = ctx.persons.load(id);
        if (!p)
            continue;
        if (auto s = ctx.persons.rewriteSensitive(id, p->data); !s)
            return s;
    }
    auto rows = ctx.history.sensitiveRows();
    if (!rows)
        return rows.error();
    for (const auto& [rowId, row] : rows.value()) {
        if (!row.masked.isEmpty() || row.entity != QLatin1String("person"))
            continue;
        auto hctx = historyContextOf(ctx, row.entityId);
        if (!hctx)
            return hctx.error();
        const SensitiveField f = sensitiveFieldOfPersonField(row.field).value_or(SensitiveField::Phone);
        const auto oldPlain = ctx.codec.openChecked(f, row.oldValue, hctx.value());
        const auto newPlain = ctx.codec.openChecked(f, row.newValue, hctx.value());
        if (!oldPlain || !newPlain)
            continue; // damaged: reading it says so
        if (auto s = ctx.history.setMasked(
                rowId, sealedHistoryMask(ctx.codec, f, *oldPlain, *newPlain, hctx.value()));
            !s)
            return s;
    }
    return {};
}
} // namespace

Status completeWithFullKey(Context& ctx, const FieldCodec& codec)
{
    return usecase::write(ctx, [&](usecase::Step& step) -> Status {
        if (auto s = step.transaction().begin(); !s)
            return s;
        QByteArray dk = codec.dataKey();
        auto waiting = ctx.keySlots.awaitingGrant(fullKeyRoleCodes());
        if (!waiting) {
            crypto::wipe(dk);
            return waiting.error();
        }
        for (const KeySlot& slot : waiting.value())
            if (auto s =
                    ctx.keySlots.setFullKey(slot.userId, keys::grantFor(slot.publicKey, dk, slot.userId));
                !s) {
                crypto::wipe(dk);
                return s;
            }
        crypto::wipe(dk);
        auto boot = bootstrapping(ctx);
        if (!boot)
            return boot.error();
        if (!boot.value()) {
            // A clerk or leader holds DK now: no other role keeps a grant (the administrator's of a new
            // archive).
            QStringList marks;
            QVariantList args;
            for (const QString& r : fullKeyRoleCodes()) {
                marks << QStringLiteral("?");
                args << r;
            }
            if (auto r = ctx.db.write(
                    QStringLiteral("UPDATE key_slots SET full_key = NULL WHERE kind = 'user' AND "
                                   "full_key IS NOT NULL AND user_id IN (SELECT id FROM users WHERE "
                                   "active = 0 OR role NOT IN (%1))")
                        .arg(marks.join(QStringLiteral(", "))),
                    args);
                !r)
                return r.error();
        }
        return fillMaskedForms(ctx);
    });
}

Status startWriter(Context& ctx, FieldCodec& codec)
{
    auto [priv, pub] = crypto::x25519KeyPair();
    auto id = usecase::write(ctx, [&](usecase::Step& step) -> Result<qint64> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        return ctx.keySlots.addWriter(QString::fromLatin1(pub.toBase64()), ctx.userId(), ctx.clock.now());
    });
    if (!id)
        return id.error();
    codec.setWriter(id.value(), priv);
    crypto::wipe(priv);
    return {};
}

Status requireFullKey(const Context& ctx)
{
    if (!ctx.codec.readsMaskedForms())
        return {};
    return Error::of(
        ErrorCode::PermissionDenied,
        QCoreApplication::translate("KeysByRole",
                                    "Your account has not received the key to the full values yet: it is "
                                    "given to a new clerk or leader account when a clerk or leader who holds "
                                    "it signs in. Until then you see the masked values"));
}

QString maskedHistoryValue(SensitiveField f, const QString& v)
{
    if (f == SensitiveField::IdNumber)
        return mask::idNumber(v);
    if (f == SensitiveField::Phone) {
        QStringList out;
        for (const QString& p : v.split(QStringLiteral(", "), Qt::SkipEmptyParts))
            out << mask::phone(p);
        return out.join(QStringLiteral(", "));
    }
    return mask::freeText(v);
}

QString sealedHistoryMask(const SensitiveCodec& codec, SensitiveField f, const QString& oldPlain,
                          const QString& newPlain, const QString& historyContext)
{
    const QJsonArray pair{maskedHistoryValue(f, oldPlain), maskedHistoryValue(f, newPlain)};
    return codec.sealMasked(QString::fromUtf8(QJsonDocument(pair).toJson(QJsonDocument::Compact)),
                            historyContext);
}

std::optional<std::pair<QString, QString>> openHistoryMask(const SensitiveCodec& codec, const QString& sealed,
                                                           const QString& historyContext)
{
    const auto json = codec.openMasked(sealed, historyContext);
    if (!json)
        return std::nullopt;
    const QJsonArray pair = QJsonDocument::fromJson(json->toUtf8()).array();
    if (pair.size() != 2)
        return std::nullopt;
    return std::make_pair(pair.at(0).toString(), pair.at(1).toString());
}

} // namespace ar::keysbyrole
