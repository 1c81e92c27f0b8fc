// KeyVault: key slots, wrapping, passphrase changes and damaged key files.
#include "TestSupport.h"
#include "storage/KeyVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace novamind;

class TestKeyVault : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    SecureBytes m_dek;

    // Writes a vault with two users, ada and ben.
    bool makeVault()
    {
        m_path = m_dir.filePath(QStringLiteral("replica.db.keys"));
        QFile::remove(m_path);
        auto vault = KeyVault::create(m_path, QStringLiteral("replica-1"), QStringLiteral("ada"), "ada passphrase",
                                      m_dek, test::cheapKdf());
        return vault.ok() && vault->save().ok() &&
               vault->addUser(m_dek, QStringLiteral("ben"), "ben passphrase", test::cheapKdf()).ok();
    }

    QJsonObject readJson() { return QJsonDocument::fromJson(test::readFile(m_path)).object(); }
    void writeJson(const QJsonObject &o) { QVERIFY(test::writeFile(m_path, QJsonDocument(o).toJson())); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachUserUnwrapsTheSameKey()
    {
        QVERIFY(makeVault());
        auto vault = KeyVault::load(m_path);
        QVERIFY(vault.ok());
        QCOMPARE(vault->users(), (QStringList{QStringLiteral("ada"), QStringLiteral("ben")}));
        auto a = vault->unlock(QStringLiteral("ada"), "ada passphrase");
        auto b = vault->unlock(QStringLiteral("ben"), "ben passphrase");
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->size(), std::size_t(32));
        QVERIFY(a->equals(m_dek));
        QVERIFY(b->equals(m_dek));
    }

    void keyFileHoldsNoKeyOrPassphraseAndIsPrivate()
    {
        QVERIFY(makeVault());
        const QByteArray bytes = test::readFile(m_path);
        const QByteArray dek(m_dek.chars(), 32);
        QVERIFY(!bytes.contains(dek));
        QVERIFY(!bytes.contains(dek.toHex()));
        QVERIFY(!bytes.contains(dek.toBase64()));
        QVERIFY(!bytes.contains("passphrase"));
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        // The atomic write leaves no temporary files behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("replica.db.keys")});
    }

    void productionDefaultsAreTheOwaspFloor()
    {
        const KeyVault::KdfParams defaults;
        QCOMPARE(defaults.n, quint64(1) << 17);
        QCOMPARE(defaults.r, 8u);
        QCOMPARE(defaults.p, 1u);
    }

    void wrongPassphraseAndUnknownUserFail()
    {
        QVERIFY(makeVault());
        auto vault = KeyVault::load(m_path);
        auto wrong = vault->unlock(QStringLiteral("ada"), "ben passphrase");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Authentication);
        QVERIFY(wrong.error().message.contains(QStringLiteral("wrong")));
        auto unknown = vault->unlock(QStringLiteral("eve"), "ada passphrase");
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::Authentication);
    }

    void changePassphraseRewrapsOneSlot()
    {
        QVERIFY(makeVault());
        auto vault = KeyVault::load(m_path);
        const QJsonArray before = readJson().value(QStringLiteral("slots")).toArray();
        QVERIFY(!vault->changePassphrase(QStringLiteral("ada"), "not it", "new ada passphrase").ok());
        QVERIFY(vault->changePassphrase(QStringLiteral("ada"), "ada passphrase", "new ada passphrase").ok());
        auto reloaded = KeyVault::load(m_path);
        QVERIFY(!reloaded->unlock(QStringLiteral("ada"), "ada passphrase").ok());
        auto dek = reloaded->unlock(QStringLiteral("ada"), "new ada passphrase");
        QVERIFY(dek.ok() && dek->equals(m_dek));
        const QJsonArray after = readJson().value(QStringLiteral("slots")).toArray();
        QVERIFY(before.at(0) != after.at(0)); // ada's slot changed (new salt, nonce, wrap)
        QCOMPARE(before.at(1), after.at(1));  // ben's did not
    }

    void removeUserAndLastSlotGuard()
    {
        QVERIFY(makeVault());
        auto vault = KeyVault::load(m_path);
        QVERIFY(vault->removeUser(QStringLiteral("ben")).ok());
        QVERIFY(!KeyVault::load(m_path)->hasUser(QStringLiteral("ben")));
        const Status last = vault->removeUser(QStringLiteral("ada"));
        QVERIFY(!last.ok());
        QVERIFY(last.error().message.contains(QStringLiteral("erase")));
        QVERIFY(vault->removeUser(QStringLiteral("ada"), true).ok());
        auto erased = KeyVault::load(m_path);
        QVERIFY(!erased.ok());
        QCOMPARE(erased.error().code, ErrorCode::Authentication);
    }

    void slotIsBoundToReplicaAndUser()
    {
        QVERIFY(makeVault());
        // Moving ben's wrapped key into ada's slot, or into another replica's file, must not unwrap.
        QJsonObject root = readJson();
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        QJsonObject ben = slots.at(1).toObject();
        ben.insert(QStringLiteral("user_id"), QStringLiteral("ada"));
        slots.replace(0, ben);
        slots.removeAt(1);
        root.insert(QStringLiteral("slots"), slots);
        writeJson(root);
        QVERIFY(!KeyVault::load(m_path)->unlock(QStringLiteral("ada"), "ben passphrase").ok());

        QVERIFY(makeVault());
        root = readJson();
        root.insert(QStringLiteral("replica_id"), QStringLiteral("replica-2"));
        writeJson(root);
        QVERIFY(!KeyVault::load(m_path)->unlock(QStringLiteral("ada"), "ada passphrase").ok());
    }

    void damagedKeyFile_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("truncated") << 0;
        QTest::newRow("flipped byte of wrapped key") << 1;
        QTest::newRow("flipped byte of tag") << 2;
        QTest::newRow("not json") << 3;
        QTest::newRow("kdf cost out of range") << 4;
        QTest::newRow("empty file") << 5;
        QTest::newRow("newer format") << 6;
    }

    void damagedKeyFile()
    {
        QFETCH(int, kind);
        QVERIFY(makeVault());
        QJsonObject root = readJson();
        QJsonArray slots = root.value(QStringLiteral("slots")).toArray();
        QJsonObject ada = slots.at(0).toObject();
        auto flip = [&](const QString &field) {
            QByteArray raw = QByteArray::fromBase64(ada.value(field).toString().toLatin1());
            raw[5] = static_cast<char>(raw[5] ^ 0x01);
            ada.insert(field, QString::fromLatin1(raw.toBase64()));
        };
        switch (kind) {
        case 0: {
            const QByteArray bytes = test::readFile(m_path);
            QVERIFY(test::writeFile(m_path, bytes.left(bytes.size() / 2)));
            break;
        }
        case 1:
            flip(QStringLiteral("wrapped_key"));
            break;
        case 2:
            flip(QStringLiteral("tag"));
            break;
        case 3:
            QVERIFY(test::writeFile(m_path, "SQLite format 3"));
            break;
        case 4: {
            QJsonObject kdf = ada.value(QStringLiteral("kdf")).toObject();
            kdf.insert(QStringLiteral("n"), qint64(1) << 30); // would need 128 GiB
            ada.insert(QStringLiteral("kdf"), kdf);
            break;
        }
        case 5:
            QVERIFY(test::writeFile(m_path, QByteArray()));
            break;
        case 6:
            root.insert(QStringLiteral("version"), 99);
            break;
        }
        if (kind == 1 || kind == 2 || kind == 4 || kind == 6) {
            slots.replace(0, ada);
            root.insert(QStringLiteral("slots"), slots);
            writeJson(root);
        }
        auto vault = KeyVault::load(m_path);
        Error error;
        if (vault.ok()) {
            auto dek = vault->unlock(QStringLiteral("ada"), "ada passphrase");
            QVERIFY(!dek.ok());
            error = dek.error();
        } else {
            error = vault.error();
        }
        QVERIFY(error.code == ErrorCode::Authentication || error.code == ErrorCode::Incompatible);
        QVERIFY(!error.message.isEmpty());
        QVERIFY(!error.message.contains(QStringLiteral("ada passphrase")));
    }

    void validation()
    {
        QVERIFY(KeyVault::isValidUserId(QStringLiteral("dr.ada@clinic-1")));
        QVERIFY(!KeyVault::isValidUserId(QString()));
        QVERIFY(!KeyVault::isValidUserId(QStringLiteral("a b")));
        QVERIFY(!KeyVault::isValidUserId(QStringLiteral("x'); DROP TABLE replica_user; --")));
        QVERIFY(!KeyVault::checkNewPassphrase("short").ok());
        QVERIFY(KeyVault::checkNewPassphrase("long enough").ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyVault)
#include "test_keyvault.moc"
