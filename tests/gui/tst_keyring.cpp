// The system keyring for real: ui::Keyring (QtKeychain over D-Bus) against gnome-keyring-daemon's
// Secret Service in a private session (tests/gui/with-keyring.sh), and the window keeping a typed
// password there and reading it back in the next session to sync a real Dovecot. The password
// never reaches the database. Every wait is a QSignalSpy::wait or a QTRY_*.
#include "DovecotServer.h"
#include "Keyring.h"
#include "MainWindow.h"
#include "jobs/StoreReader.h"
#include "models/FolderTreeModel.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace mailtide;

namespace {

constexpr int kTimeoutMs = 30000;

struct ReadResult
{
    bool ok = false;
    QByteArray password;
    QString error;
};

std::optional<ReadResult> readNow(ui::Keyring &k, const QString &key)
{
    std::optional<ReadResult> out;
    k.read(key, [&out](bool ok, const QByteArray &pw, const QString &error) { out = ReadResult{ok, pw, error}; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, kTimeoutMs))
        return std::nullopt;
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestKeyring : public QObject
{
    Q_OBJECT
    test::DovecotServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        jobs::registerMetaTypes();
        QVERIFY(m_dir.isValid());
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")); // run by with-keyring.sh
        QVERIFY(m_server.start());
        QDir corpus(QStringLiteral(MAILTIDE_TEST_DATA "/corpus"));
        const auto files = corpus.entryList({QStringLiteral("ham-*.eml")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QVERIFY(m_server.addMessage(QStringLiteral("INBOX"), fileBytes(corpus.filePath(f))));
    }

    void writeReadRemove()
    {
        ui::Keyring k;
        const QString key = ui::Keyring::keyFor(QStringLiteral("bob"), QStringLiteral("imap.example.org"), 993);
        QCOMPARE(key, QStringLiteral("imap:bob@imap.example.org:993"));
        // Any bytes: UTF-8, quotes, a control character.
        const QByteArray secret = QStringLiteral("pässwörd \"q\" ✓").toUtf8() + '\x01';
        std::optional<std::pair<bool, QString>> wrote;
        k.write(key, secret, [&wrote](bool ok, const QString &error) { wrote = {ok, error}; });
        QTRY_VERIFY_WITH_TIMEOUT(wrote.has_value(), kTimeoutMs);
        QVERIFY2(wrote->first, qPrintable(wrote->second));

        auto back = readNow(k, key);
        QVERIFY(back);
        QVERIFY2(back->ok, qPrintable(back->error));
        QCOMPARE(back->password, secret);

        // Another account's key is not this one's.
        auto other = readNow(k, ui::Keyring::keyFor(QStringLiteral("bob"), QStringLiteral("imap.example.org"), 143));
        QVERIFY(other);
        QVERIFY(!other->ok);
        QVERIFY(other->password.isEmpty());
        QVERIFY(!other->error.isEmpty());

        k.remove(key);
        QTRY_VERIFY_WITH_TIMEOUT(!readNow(k, key).value_or(ReadResult{true, {}, {}}).ok, kTimeoutMs);
    }

    /** The first session: the account is added with a typed password, which goes to the keyring
     *  (no warning that it could not). The next session has no password in memory: F5 reads it from
     *  the keyring and syncs without asking. The database holds no trace of it. */
    void windowKeepsThePasswordForTheNextSession()
    {
        const QString db = m_dir.filePath(QStringLiteral("keyring.db"));
        const store::ImapAccount a = m_server.imapsAccount(QStringLiteral("Work")); // no password command: the keyring
        const QByteArray password = m_server.password().toUtf8();
        {
            ui::MainWindow w(db);
            w.show();
            QSignalSpy finished(&w, &ui::MainWindow::syncFinished);
            w.addAndSync(a, password);
            QVERIFY(finished.wait(kTimeoutMs));
            QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
            // A failed keyring write shows a warning box; none came.
            QTest::qWait(200);
            QVERIFY(!QApplication::activeModalWidget());
            const auto boxes = w.findChildren<QDialog *>();
            for (const QDialog *d : boxes)
                QVERIFY2(!d->isVisible(), qPrintable(d->windowTitle()));
        }
        ui::Keyring k;
        auto kept = readNow(k, ui::Keyring::keyFor(a.user, a.host, a.port));
        QVERIFY(kept);
        QVERIFY2(kept->ok, qPrintable(kept->error));
        QCOMPARE(kept->password, password);

        {
            ui::MainWindow w(db);
            w.show();
            auto *folders = w.findChild<models::FolderTreeModel *>(QStringLiteral("folderModel"));
            QVERIFY(folders);
            QTRY_COMPARE(folders->rowCount(), 1);
            // Were the keyring not read, the window would ask for the password in a dialog.
            bool asked = false;
            QTimer watch;
            watch.setInterval(50);
            connect(&watch, &QTimer::timeout, this, [&] {
                if (QWidget *modal = QApplication::activeModalWidget()) {
                    asked = true;
                    modal->close();
                }
            });
            watch.start();
            QSignalSpy finished(&w, &ui::MainWindow::syncFinished);
            w.syncAll();
            QVERIFY(finished.wait(kTimeoutMs));
            watch.stop();
            QVERIFY(!asked);
            QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
            QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral(": 0 new")),
                     qPrintable(finished.last().at(1).toString()));
        }
        // Not in the database, its WAL or anything else beside it.
        const QDir dir(m_dir.path());
        for (const QString &f : dir.entryList({QStringLiteral("keyring.db*")}, QDir::Files))
            QVERIFY2(!fileBytes(dir.filePath(f)).contains(password), qPrintable(f));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestKeyring)
#include "tst_keyring.moc"
