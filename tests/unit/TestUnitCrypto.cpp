// Encryption at rest (R26): AES-256-GCM field codec, blind index, key slots, recovery key.
#include "security/Crypto.h"
#include "security/FieldCodec.h"
#include "security/KeyVault.h"
#include "security/PasswordHash.h"

#include <QSet>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace ar;

class TestUnitCrypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { password::setTestCost(true); }

    void R26_sealedValuesOpenOnlyInTheirPlace()
    {
        FieldCodec c;
        c.setDataKey(keys::newDataKey());
        const QString id = QStringLiteral("110000198005170212");
        const QString sealed = c.seal(SensitiveField::IdNumber, id, QStringLiteral("person/7"));
        QVERIFY(sealed.startsWith(QStringLiteral("v1:")));
        QVERIFY(!sealed.contains(id));
        QCOMPARE(c.open(SensitiveField::IdNumber, sealed, QStringLiteral("person/7")), id);
        // Moved to another row or another field, it does not open.
        QCOMPARE(c.open(SensitiveField::IdNumber, sealed, QStringLiteral("person/8")), QString());
        QCOMPARE(c.open(SensitiveField::Phone, sealed, QStringLiteral("person/7")), QString());
    }

    void R26_freshNonceOnEveryWrite()
    {
        FieldCodec c;
        c.setDataKey(keys::newDataKey());
        const QString a =
            c.seal(SensitiveField::Phone, QStringLiteral("13812345678"), QStringLiteral("person/1"));
        const QString b =
            c.seal(SensitiveField::Phone, QStringLiteral("13812345678"), QStringLiteral("person/1"));
        QVERIFY(a != b);
    }

    // Nonces come from a pool drawn 64 at a time (issue #23): none is handed out twice, across
    // refills, and a forked child does not go on with its parent's pool.
    void R26_noNonceIsHandedOutTwice()
    {
        const QByteArray key = crypto::randomBytes(32);
        QSet<QByteArray> nonces;
        for (int i = 0; i < 1000; ++i)
            nonces.insert(crypto::seal(key, "x", "aad").first(12));
        QCOMPARE(nonces.size(), 1000);

        int pipeFds[2];
        QCOMPARE(pipe(pipeFds), 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            const QByteArray n = crypto::seal(key, "x", "aad").first(12);
            const bool written = write(pipeFds[1], n.constData(), 12) == 12;
            _exit(written ? 0 : 1);
        }
        close(pipeFds[1]);
        const QByteArray parentNonce = crypto::seal(key, "x", "aad").first(12);
        QByteArray childNonce(12, '\0');
        QCOMPARE(read(pipeFds[0], childNonce.data(), 12), ssize_t(12));
        close(pipeFds[0]);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QVERIFY(childNonce != parentNonce);
        QVERIFY(!nonces.contains(childNonce));
    }

    void R26_tamperedCiphertextDoesNotOpen()
    {
        FieldCodec c;
        c.setDataKey(keys::newDataKey());
        QString sealed = c.seal(SensitiveField::HomeAddress, QStringLiteral("演示市示例路8号"),
                                QStringLiteral("person/1"));
        QByteArray raw = QByteArray::fromBase64(sealed.mid(3).toLatin1());
        raw[14] = char(raw[14] ^ 1);
        sealed = QStringLiteral("v1:") + QString::fromLatin1(raw.toBase64());
        QCOMPARE(c.open(SensitiveField::HomeAddress, sealed, QStringLiteral("person/1")), QString());
    }

    void R26_anotherKeyOpensNothing()
    {
        FieldCodec a, b;
        a.setDataKey(keys::newDataKey());
        b.setDataKey(keys::newDataKey());
        const QString sealed =
            a.seal(SensitiveField::WorkUnit, QStringLiteral("演示科技"), QStringLiteral("person/1"));
        QCOMPARE(b.open(SensitiveField::WorkUnit, sealed, QStringLiteral("person/1")), QString());
        QVERIFY(a.blindIndex(SensitiveField::Phone, QStringLiteral("13812345678")) !=
                b.blindIndex(SensitiveField::Phone, QStringLiteral("13812345678")));
    }

    void R26_lockedCodecNeverStoresPlainText()
    {
        FieldCodec c;
        QVERIFY(!c.unlocked());
        const QString sealed =
            c.seal(SensitiveField::Phone, QStringLiteral("13812345678"), QStringLiteral("person/1"));
        QVERIFY(!sealed.contains(QStringLiteral("13812345678")));
        QCOMPARE(c.blindIndex(SensitiveField::Phone, QStringLiteral("13812345678")), QString());
        // Plain text of an archive from before encryption still reads (for the migration).
        QCOMPARE(c.open(SensitiveField::Phone, QStringLiteral("13812345678"), QStringLiteral("person/1")),
                 QStringLiteral("13812345678"));
    }

    void R26_blindIndexIsKeyedDeterministicAndPerField()
    {
        FieldCodec c;
        c.setDataKey(keys::newDataKey());
        const QString v = QStringLiteral("13812345678");
        QCOMPARE(c.blindIndex(SensitiveField::Phone, v), c.blindIndex(SensitiveField::Phone, v));
        QVERIFY(c.blindIndex(SensitiveField::Phone, v) != c.blindIndex(SensitiveField::IdNumber, v));
        QVERIFY(!c.blindIndex(SensitiveField::Phone, v).contains(v));
        // 128 bits as hex (schema version 9; 256 bits before).
        QCOMPARE(c.blindIndex(SensitiveField::Phone, v).size(), 2 * FieldCodec::kBlindBytes);
        QCOMPARE(c.blindIndex(SensitiveField::Phone, v).size(), 32);
    }

    void keySlotOpensWithItsPasswordOnly()
    {
        const QByteArray key = keys::newDataKey();
        const KeySlot slot = keys::wrapForUser(key, 3, QStringLiteral("correct horse"));
        QVERIFY(!slot.wrapped.contains(QString::fromLatin1(key.toBase64())));
        QCOMPARE(keys::unwrap(slot, QStringLiteral("correct horse")).value_or(QByteArray()), key);
        QVERIFY(!keys::unwrap(slot, QStringLiteral("wrong horse")));
        KeySlot moved = slot;
        moved.userId = 4; // a slot copied to another account does not open
        QVERIFY(!keys::unwrap(moved, QStringLiteral("correct horse")));
    }

    void recoveryKeyFormatAndSlot()
    {
        const QString rk = keys::newRecoveryKey();
        QCOMPARE(rk.size(), 13 * 4 + 12);
        QCOMPARE(rk.count(QLatin1Char('-')), 12);
        QVERIFY(rk != keys::newRecoveryKey());
        const QByteArray key = keys::newDataKey();
        const KeySlot slot = keys::wrapForRecovery(key, rk);
        QCOMPARE(keys::unwrap(slot, rk).value_or(QByteArray()), key);
        // Typed back in lower case, with spaces instead of dashes: still the key.
        QString typed = rk.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        QCOMPARE(keys::unwrap(slot, typed).value_or(QByteArray()), key);
        QString wrong = rk;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!keys::unwrap(slot, wrong));
        QVERIFY(!keys::normalizeRecoveryKey(QStringLiteral("too-short")));
    }

    void gcmRoundTripAndAad()
    {
        const QByteArray key = crypto::randomBytes(32);
        const QByteArray sealed = crypto::seal(key, "secret", "aad");
        QCOMPARE(sealed.size(), 12 + 6 + 16);
        QCOMPARE(crypto::open(key, sealed, "aad").value_or(QByteArray()), QByteArray("secret"));
        QVERIFY(!crypto::open(key, sealed, "other"));
        QVERIFY(!crypto::open(key, sealed.left(20), "aad"));
    }

    // Keys by role (issue #17 item 5): the data key is granted to an account by sealing it to the
    // account's X25519 public key; only that account's private key opens it, for that purpose.
    void R26_sealedToAPublicKeyOpensOnlyWithItsPrivateKey()
    {
        const auto [priv, pub] = crypto::x25519KeyPair();
        QCOMPARE(priv.size(), 32);
        QCOMPARE(pub.size(), 32);
        QCOMPARE(crypto::x25519Public(priv), pub);
        const QByteArray sealed = crypto::sealTo(pub, "the data key", "grant:7");
        QCOMPARE(crypto::openWith(priv, sealed, "grant:7").value_or(QByteArray()), QByteArray("the data key"));
        QVERIFY(crypto::sealTo(pub, "the data key", "grant:7") != sealed); // a fresh ephemeral key each time
        QVERIFY(!crypto::openWith(crypto::x25519KeyPair().first, sealed, "grant:7"));
        QVERIFY(!crypto::openWith(priv, sealed, "grant:8"));
        QByteArray flipped = sealed;
        flipped[40] = char(flipped[40] ^ 1);
        QVERIFY(!crypto::openWith(priv, flipped, "grant:7"));
        // Both sides of a key agreement derive the same secret; a low-order public key gives none.
        const auto [otherPriv, otherPub] = crypto::x25519KeyPair();
        QCOMPARE(crypto::x25519Shared(priv, otherPub), crypto::x25519Shared(otherPriv, pub));
        QVERIFY(crypto::x25519Shared(priv, QByteArray(32, '\0')).isEmpty());
    }

    // A grant through the program's key vault: bound to the account it was written for.
    void R26_aGrantOpensOnlyForItsAccount()
    {
        const auto [priv, pub] = crypto::x25519KeyPair();
        const QByteArray dataKey = keys::newDataKey();
        const QString grant = keys::grantFor(QString::fromLatin1(pub.toBase64()), dataKey, 7);
        QCOMPARE(keys::openGrant(priv, grant, 7).value_or(QByteArray()), dataKey);
        QVERIFY(!keys::openGrant(priv, grant, 8));
        // A slot of the new form holds the operational key and the account key, not the data key.
        const QByteArray op = crypto::randomBytes(32);
        const auto slotKeys = keys::slotKeys(keys::slotPayload(op, priv));
        QVERIFY(slotKeys);
        QCOMPARE(slotKeys->operationalKey, op);
        QCOMPARE(slotKeys->accountKey, priv);
        QVERIFY(slotKeys->dataKey.isEmpty());
        QCOMPARE(keys::slotKeys(dataKey)->dataKey, dataKey); // the old form
    }
};

QTEST_GUILESS_MAIN(TestUnitCrypto)
#include "TestUnitCrypto.moc"
