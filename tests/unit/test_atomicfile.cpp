// AtomicFile: a replaced file holds its old or its new contents, also when the disk is full.
#include "TestSupport.h"
#include "storage/AtomicFile.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void replacesContentsAndLeavesNoTemporaries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.json"));
        QVERIFY(AtomicFile::write(path, "one").ok());
        QVERIFY(AtomicFile::write(path, "two").ok());
        QCOMPARE(test::readFile(path), QByteArray("two"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("f.json")});
    }

    void missingFolderIsAClearError()
    {
        QTemporaryDir dir;
        const Status s = AtomicFile::write(dir.filePath(QStringLiteral("no/such/folder/f")), "x");
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Io);
    }

    void diskFullKeepsTheOldContents()
    {
        test::SmallFilesystem fs("64k");
        if (!fs.isMounted())
            QSKIP("mounting a small tmpfs needs root");
        const QString path = fs.path() + QStringLiteral("/keys");
        QVERIFY(AtomicFile::write(path, "old contents").ok());
        QVERIFY(fs.fill());
        const Status s = AtomicFile::write(path, QByteArray(256 * 1024, 'n'));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Io);
        QVERIFY(s.error().message.contains(QStringLiteral("disk is full")));
        QCOMPARE(test::readFile(path), QByteArray("old contents"));
        QCOMPARE(QDir(fs.path()).entryList(QDir::Files).size(), 2); // keys + ballast, no temporary left
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "test_atomicfile.moc"
