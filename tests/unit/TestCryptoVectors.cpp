// Known-answer tests of the cryptography (issue #21 item 5; docs/security.md "Known-answer tests").
//
// Two kinds of vectors:
// - published ones, each named by its source (NIST's GCM specification, RFC 4231, RFC 5869,
//   RFC 7914, RFC 7748, FIPS 180-2): they prove the primitives as the program calls them, with
//   its own wrappers (lengths, salts, nonce layout), not only OpenSSL underneath;
// - frozen ones of the program's own formats (the audit hash, a sealed field, the blind index,
//   the audit seal, key slots, a grant, a backup chunk). They were computed independently of this
//   code, from the formats as docs/security.md and the headers describe them; they hold what an
//   existing archive or backup stores, so a change that would leave existing files unreadable or
//   break every audit chain fails here.
#include "core/Audit.h"
#include "core/KeySlot.h"
#include "security/AuditHash.h"
#include "security/BackupCrypto.h"
#include "security/Crypto.h"
#include "security/FieldCodec.h"
#include "security/KeyVault.h"
#include "security/PasswordHash.h"

#include <QTest>

using namespace ar;

namespace {

QByteArray hex(const char* h)
{
    return QByteArray::fromHex(QByteArray(h));
}

// bytes first, first + 1, … first + count - 1
QByteArray run(int first, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out.append(char(first + i));
    return out;
}

// The data key of the frozen vectors: 00 01 … 1f.
QByteArray frozenDataKey()
{
    return run(0x00, 32);
}

} // namespace

class TestCryptoVectors : public QObject
{
    Q_OBJECT

private slots:
    // ---- AES-256-GCM: McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", the
    // specification NIST SP 800-38D adopts, appendix B, test cases 13 to 16 (256-bit keys).
    void aes256Gcm_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("cipher");
        QTest::addColumn<QByteArray>("tag");
        const QByteArray zeroKey(32, '\0');
        const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const QByteArray nonce = hex("cafebabefacedbaddecaf888");
        const QByteArray plain = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                     "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
        const QByteArray cipher = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                      "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");
        QTest::newRow("test case 13: empty")
            << zeroKey << QByteArray(12, '\0') << QByteArray() << QByteArray() << QByteArray()
            << hex("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("test case 14: one zero block")
            << zeroKey << QByteArray(12, '\0') << QByteArray(16, '\0') << QByteArray()
            << hex("cea7403d4d606b6e074ec5d3baf39d18") << hex("d0d1c8a799996bf0265b98b5d48ab919");
        QTest::newRow("test case 15: four blocks")
            << key << nonce << plain << QByteArray() << cipher << hex("b094dac5d93471bdec1a502270e3cc6c");
        QTest::newRow("test case 16: with associated data")
            << key << nonce << plain.first(60) << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
            << cipher.first(60) << hex("76fc6ece0f4e1768cddf8853bb2d551b");
    }

    void aes256Gcm()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, cipher);
        QFETCH(QByteArray, tag);
        // The program's layout: nonce ‖ ciphertext ‖ tag.
        const QByteArray sealed = nonce + cipher + tag;
        QCOMPARE(crypto::sealWithNonce(key, nonce, plain, aad).toHex(), sealed.toHex());
        QCOMPARE(crypto::open(key, sealed, aad).value_or(QByteArray("(did not open)")).toHex(),
                 plain.toHex());
    }

    void aes256GcmRefusesAFlippedTagByteOrOtherAad()
    {
        // Test case 16 again (GCM specification, appendix B).
        const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        const QByteArray sealed = hex("cafebabefacedbaddecaf888"
                                      "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                      "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                                      "76fc6ece0f4e1768cddf8853bb2d551b");
        QVERIFY(crypto::open(key, sealed, aad));
        for (const qsizetype at : {sealed.size() - 16, sealed.size() - 1}) { // first and last tag byte
            QByteArray flipped = sealed;
            flipped[at] = char(flipped.at(at) ^ 0x01);
            QVERIFY2(!crypto::open(key, flipped, aad), qPrintable(QStringLiteral("tag byte at %1").arg(at)));
        }
        QByteArray otherAad = aad;
        otherAad[0] = char(otherAad.at(0) ^ 0x80);
        QVERIFY(!crypto::open(key, sealed, otherAad));
        QVERIFY(!crypto::open(key, sealed, QByteArray()));
    }

    // ---- HMAC-SHA-256: RFC 4231 section 4, test cases 1 to 4, 6 and 7 (5 truncates the output).
    void hmacSha256_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("mac");
        QTest::newRow("RFC 4231 4.2 test case 1")
            << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("RFC 4231 4.3 test case 2")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("RFC 4231 4.4 test case 3")
            << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
            << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        QTest::newRow("RFC 4231 4.5 test case 4")
            << run(0x01, 25) << QByteArray(50, '\xcd')
            << hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
        QTest::newRow("RFC 4231 4.7 test case 6: key longer than a block")
            << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("RFC 4231 4.8 test case 7: key and data longer than a block")
            << QByteArray(131, '\xaa')
            << QByteArray("This is a test using a larger than block-size key and a larger than block-size "
                          "data. The key needs to be hashed before being used by the HMAC algorithm.")
            << hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
    }

    void hmacSha256()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, mac);
        QCOMPARE(crypto::hmacSha256(key, data).toHex(), mac.toHex());
        // The key made ready once (blind indexes, audit seals) gives the same MAC, twice.
        const crypto::HmacKey ready(key);
        QCOMPARE(ready.mac(data).toHex(), mac.toHex());
        QCOMPARE(ready.mac(data).toHex(), mac.toHex());
    }

    // ---- HKDF-SHA-256: RFC 5869 appendix A, test cases 1 to 3. The program derives without
    // salt, as test case 3 does.
    void hkdfSha256_data()
    {
        QTest::addColumn<QByteArray>("ikm");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<QByteArray>("okm");
        QTest::newRow("RFC 5869 A.1 test case 1")
            << QByteArray(22, '\x0b') << run(0x00, 13) << run(0xf0, 10)
            << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
        QTest::newRow("RFC 5869 A.2 test case 2: longer inputs")
            << run(0x00, 80) << run(0x60, 80) << run(0xb0, 80)
            << hex("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                   "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                   "cc30c58179ec3e87c14c01d5c1f3434f1d87");
        QTest::newRow("RFC 5869 A.3 test case 3: no salt, no info")
            << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
            << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }

    void hkdfSha256()
    {
        QFETCH(QByteArray, ikm);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(QByteArray, okm);
        QCOMPARE(crypto::hkdf(ikm, info, int(okm.size()), salt).toHex(), okm.toHex());
        if (salt.isEmpty()) // how the program calls it
            QCOMPARE(crypto::hkdf(ikm, info, int(okm.size())).toHex(), okm.toHex());
    }

    // ---- scrypt: RFC 7914 section 12, the first three vectors (the fourth, N = 2^20, takes
    // seconds and 1 GiB).
    void scrypt_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint64>("r");
        QTest::addColumn<quint64>("p");
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("RFC 7914 12, vector 1")
            << QByteArray("") << QByteArray("") << quint64(16) << quint64(1) << quint64(1)
            << hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                   "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
        QTest::newRow("RFC 7914 12, vector 2")
            << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint64(8) << quint64(16)
            << hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                   "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
        QTest::newRow("RFC 7914 12, vector 3")
            << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384) << quint64(8)
            << quint64(1)
            << hex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                   "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
    }

    void scrypt()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(quint64, n);
        QFETCH(quint64, r);
        QFETCH(quint64, p);
        QFETCH(QByteArray, key);
        QCOMPARE(crypto::scrypt(password, salt, n, r, p, int(key.size())).toHex(), key.toHex());
    }

    void passwordHashVerifiesAnRfc7914Vector()
    {
        // RFC 7914 section 12, vector 2, written in the stored form "scrypt$N$r$p$salt$hash".
        const QString stored =
            QStringLiteral("scrypt$1024$8$16$") + QString::fromLatin1(QByteArray("NaCl").toBase64()) +
            QLatin1Char('$') +
            QString::fromLatin1(hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                    "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640")
                                    .toBase64());
        QVERIFY(password::verify(QStringLiteral("password"), stored));
        QVERIFY(!password::verify(QStringLiteral("Password"), stored));
    }

    // ---- SHA-256: FIPS 180-2 appendix B (B.1 "abc", B.2 the 448-bit message, B.3 a million
    // "a"), whole and fed in pieces as backups do.
    void sha256_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("FIPS 180-2 B.1")
            << QByteArray("abc") << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("FIPS 180-2 B.2")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("FIPS 180-2 B.3")
            << QByteArray(1000000, 'a')
            << hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void sha256()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(crypto::sha256(message).toHex(), digest.toHex());
        backupcrypto::Sha256 pieces;
        for (qsizetype at = 0; at < message.size(); at += 1000)
            pieces.add(message.mid(at, 1000));
        QCOMPARE(pieces.finish().toHex(), digest.toHex());
        // finish() starts over.
        pieces.add(message);
        QCOMPARE(pieces.finish().toHex(), digest.toHex());
    }

    // ---- X25519: RFC 7748 section 6.1.
    void x25519()
    {
        const QByteArray alice = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        const QByteArray alicePublic =
            hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        const QByteArray bob = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        const QByteArray bobPublic = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        const QByteArray shared = hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
        QCOMPARE(crypto::x25519Public(alice).toHex(), alicePublic.toHex());
        QCOMPARE(crypto::x25519Public(bob).toHex(), bobPublic.toHex());
        QCOMPARE(crypto::x25519Shared(alice, bobPublic).toHex(), shared.toHex());
        QCOMPARE(crypto::x25519Shared(bob, alicePublic).toHex(), shared.toHex());
    }

    // ---- Frozen: the audit hash (R27). Any change to the canonical serialisation (a field,
    // its order, the length prefixes, the version tag) changes every hash of every existing
    // trail, so `audit verify` would report every archive broken. Hashes computed independently
    // from the form AuditHash.h describes.
    void R27_frozenAuditHashOfAFullRecord()
    {
        AuditRecord r;
        r.id = 42;
        r.at = QStringLiteral("2026-11-27T02:00:00Z");
        r.userId = 3;
        r.userLogin = QStringLiteral("clerk.demo");
        r.action = QStringLiteral("unmask");
        r.entity = QStringLiteral("person");
        r.entityId = 7;
        r.dossier = QStringLiteral("WY-2026-0007");
        r.detail = QStringLiteral(R"({"field":"phone"})");
        r.reason = QStringLiteral("业主本人来访核对");
        r.prevHash = QStringLiteral("not hashed: the previous hash is the argument");
        r.hash = QStringLiteral("not hashed either");
        const QString prev =
            QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        QCOMPARE(auditCanonical(prev, r),
                 QByteArray(
                     "archiveroom-audit-v1\n"
                     "64:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
                     "2:42"
                     "20:2026-11-27T02:00:00Z"
                     "1:3"
                     "10:clerk.demo"
                     "6:unmask"
                     "6:person"
                     "1:7"
                     "12:WY-2026-0007"
                     "17:{\"field\":\"phone\"}"
                     "24:\xe4\xb8\x9a\xe4\xb8\xbb\xe6\x9c\xac\xe4\xba\xba\xe6\x9d\xa5\xe8\xae\xbf\xe6\xa0\xb8"
                     "\xe5\xaf\xb9"));
        QCOMPARE(auditHash(prev, r),
                 QStringLiteral("94cfaa71c04fbe6c5d63b7547d07542b0e3109f4d513001c6f94e7bea9db7156"));
    }

    void R27_frozenAuditHashOfARecordWithEmptyFields()
    {
        // A failed sign-in after the genesis: no user, no entity id, no dossier, detail or reason.
        AuditRecord r;
        r.id = 1;
        r.at = QStringLiteral("2026-01-05T00:30:00Z");
        r.action = QStringLiteral("sign_in_failed");
        r.entity = QStringLiteral("user");
        QCOMPARE(auditCanonical(auditGenesisHash(), r),
                 QByteArray("archiveroom-audit-v1\n"
                            "64:0000000000000000000000000000000000000000000000000000000000000000"
                            "1:1"
                            "20:2026-01-05T00:30:00Z"
                            "0:0:14:sign_in_failed4:user0:0:0:0:"));
        QCOMPARE(auditHash(auditGenesisHash(), r),
                 QStringLiteral("871c151559a3d52d1d145c90e8c339803b08f4dc2d964c7115150d909cd220f2"));
    }

    // ---- Frozen: what an archive stores under its data key (R26). Data key 00 01 … 1f.
    void R26_frozenSealedFieldBlindIndexAndAuditSeal()
    {
        FieldCodec c;
        c.setDataKey(frozenDataKey());
        // "v1:" + base64(nonce a0…ab ‖ AES-256-GCM under HKDF(DK, "archiveroom field encryption v1")),
        // associated data "person/7#phone".
        const QString sealed = QStringLiteral("v1:oKGio6SlpqeoqaqrEIPETS2/ME8y8DjbmlF207AA9o/ktr+Pm6+L");
        QCOMPARE(c.open(SensitiveField::Phone, sealed, QStringLiteral("person/7")),
                 QStringLiteral("13912345678"));
        QVERIFY(!c.openChecked(SensitiveField::Phone, sealed, QStringLiteral("person/8")));
        // The first 16 bytes of HMAC(HKDF(DK, "archiveroom blind index v1"), "phone:13912345678").
        QCOMPARE(c.blindIndex(SensitiveField::Phone, QStringLiteral("13912345678")),
                 QStringLiteral("2e86514ff7c78655ab4af57b2dcc7bba"));
        // HMAC(HKDF(DK, "archiveroom audit seal v1"), message): the seal over the trail's end.
        QCOMPARE(c.auditSeal("archiveroom test head"),
                 QStringLiteral("bab5782dd73f1e796b2097be42a61e197ec25e6de6be00fc350ed34c38fb2fc8"));
    }

    void R26_frozenKeySlotsOpen()
    {
        // A password slot: scrypt (N=1024, r=8, p=1, salt 10…1f) of the password wraps the data
        // key, associated data "archiveroom-key-slot:user:3", nonce b0…bb.
        KeySlot user;
        user.kind = KeySlot::Kind::User;
        user.userId = 3;
        user.kdf = QStringLiteral("scrypt$1024$8$1$EBESExQVFhcYGRobHB0eHw==");
        user.wrapped = QStringLiteral(
            "sLGys7S1tre4ubq79TeTGIeOcN4uckjFRn+/Hyhlp/3mE64qOzJqQRu7PawjEjtAW+sQx+KoTS00dfZF");
        QCOMPARE(keys::unwrap(user, QStringLiteral("correct horse battery")).value_or(QByteArray()).toHex(),
                 frozenDataKey().toHex());
        QVERIFY(!keys::unwrap(user, QStringLiteral("correct horse batterY")));

        // The recovery slot: the key's 256 bits (Crockford base 32), HKDF with "archiveroom-recovery"
        // ‖ salt 30…3f, associated data "archiveroom-key-slot:recovery:0", nonce d0…db.
        KeySlot recovery;
        recovery.kind = KeySlot::Kind::Recovery;
        recovery.kdf = QStringLiteral("hkdf$MDEyMzQ1Njc4OTo7PD0+Pw==");
        recovery.wrapped = QStringLiteral(
            "0NHS09TV1tfY2drbzz9EDkEgp5YouY2YcSnp83lQ+8vogX9ItKUe3YMFg54AY5/LYtdiDu+lMGsS+uD2");
        QCOMPARE(
            keys::unwrap(recovery,
                         QStringLiteral("0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ-0123-4567-89AB-CDEF-GHJK"))
                .value_or(QByteArray())
                .toHex(),
            frozenDataKey().toHex());
    }

    void R26_frozenGrantOpensWithTheAccountKey()
    {
        // The data key sealed to an account's public key (ECIES): RFC 7748's Alice as the
        // ephemeral key, Bob as the account; HKDF(shared ‖ ephemeral public ‖ account public,
        // "archiveroom ecies v1"), nonce e0…eb, associated data "archiveroom-full-key:user:5".
        const QByteArray bob = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        const QString grant =
            QStringLiteral("hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmrg4eLj5OXm5+jp6utsBRMHZQJ6JYGo"
                           "bsu7eDHdwxd41zYNSeU4C/vd+OxPkwrI7U8zXLMr4u4OxXbKIQw=");
        QCOMPARE(keys::openGrant(bob, grant, 5).value_or(QByteArray()).toHex(), frozenDataKey().toHex());
        QVERIFY(!keys::openGrant(bob, grant, 6));
    }

    // ---- Frozen: a backup file's keys and chunks (R46).
    void R46_frozenBackupKeysAndChunk()
    {
        const QByteArray salt = run(0x20, 16);
        const QByteArray key = backupcrypto::payloadKey(frozenDataKey(), salt);
        QCOMPARE(key.toHex(), QByteArray("58caab370343220631f4fd32be5843dc0faca8b13dbc8e079d5ee131f53d9231"));
        QCOMPARE(backupcrypto::payloadKeyV2(frozenDataKey(), salt).toHex(),
                 QByteArray("1721cb47367ee45db641619a68c8b61c04fd7692232f671a6c07f93a2a975697"));
        QCOMPARE(backupcrypto::loginTag(salt, QStringLiteral("clerk.demo")),
                 QStringLiteral("650985f8f8a201690b1b27e81964e39cc342cb1d3393d50f41d5bcdd9e9b1662"));
        // Chunk 1, the last one: associated data "archiveroom-backup-chunk:" ‖ header hash ‖
        // index (8 bytes, big-endian) ‖ 01; nonce c0…cb.
        const QByteArray header = backupcrypto::headerHash("ARCHIVEROOM-BACKUP test header");
        const QByteArray chunk =
            hex("c0c1c2c3c4c5c6c7c8c9cacb16f15a5d5841920dedaea464de6545a7014b5d98d0c55f7fbf");
        QCOMPARE(backupcrypto::openChunk(key, header, 1, true, chunk).value_or(QByteArray()),
                 QByteArray("chunk one"));
        QVERIFY(!backupcrypto::openChunk(key, header, 1, false, chunk)); // not the last one
        QVERIFY(!backupcrypto::openChunk(key, header, 0, true, chunk));  // moved
    }
};

QTEST_GUILESS_MAIN(TestCryptoVectors)
#include "TestCryptoVectors.moc"
