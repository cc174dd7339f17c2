// The account dialog and the window's sync against a real Dovecot (tests/imap/DovecotServer):
// the test button's answers, trusting a self-signed certificate, and a sync with its progress.
// Every wait is a QSignalSpy::wait or a QTRY_*.
#include "AccountDialog.h"
#include "DnsServer.h"
#include "DovecotServer.h"
#include "MainWindow.h"
#include "jobs/StoreReader.h"
#include "models/FolderTreeModel.h"
#include "models/MessageListModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace mailtide;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

} // namespace

class TestAccountDialog : public QObject
{
    Q_OBJECT
    test::DovecotServer m_server;
    QTemporaryDir m_dir;
    int m_messages = 0;

    void fill(ui::AccountDialog &d, const QString &password)
    {
        child<QLineEdit>(&d, "accountName")->setText(QStringLiteral("Work"));
        child<QLineEdit>(&d, "accountHost")->setText(m_server.host());
        child<QComboBox>(&d, "accountTls")->setCurrentIndex(0); // implicit TLS
        child<QSpinBox>(&d, "accountPort")->setValue(m_server.imapsPort());
        child<QLineEdit>(&d, "accountUser")->setText(m_server.user());
        child<QLineEdit>(&d, "accountPassword")->setText(password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        jobs::registerMetaTypes();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        QDir corpus(QStringLiteral(MAILTIDE_TEST_DATA "/corpus"));
        const auto files = corpus.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        for (const QString &f : files) {
            QFile file(corpus.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(m_server.addMessage(f.startsWith(QLatin1String("spam")) ? QStringLiteral("Junk") : QStringLiteral("INBOX"),
                                        file.readAll()));
            ++m_messages;
        }
    }

    void formSaysWhatIsMissing()
    {
        ui::AccountDialog d({QStringLiteral("Work")});
        auto *ok = child<QDialogButtonBox>(&d, "")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(&d, "testResult")->text().contains(QStringLiteral("name")));
        fill(d, QStringLiteral("x"));
        // The name is taken.
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(&d, "testResult")->text().contains(QStringLiteral("exists")));
        child<QLineEdit>(&d, "accountName")->setText(QStringLiteral("Home"));
        QVERIFY(ok->isEnabled());
        // No TLS to another machine.
        child<QLineEdit>(&d, "accountHost")->setText(QStringLiteral("imap.example.com"));
        child<QComboBox>(&d, "accountTls")->setCurrentIndex(2);
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(&d, "testResult")->text().contains(QStringLiteral("TLS")));
    }

    /** An address fills in the rest: a known provider at once (with what it needs), else the
     *  imap.<domain> guess; what the user typed in a field is never overwritten. */
    void addressFillsTheServer()
    {
        ui::AccountDialog d({});
        auto *address = child<QLineEdit>(&d, "accountAddress");
        auto *host = child<QLineEdit>(&d, "accountHost");
        auto *hint = child<QLabel>(&d, "serverHint");
        QTest::keyClicks(address, QStringLiteral("anna@gmail.com"));
        QCOMPARE(host->text(), QStringLiteral("imap.gmail.com"));
        QCOMPARE(child<QSpinBox>(&d, "accountPort")->value(), 993);
        QCOMPARE(child<QComboBox>(&d, "accountTls")->currentData().toString(), QStringLiteral("implicit"));
        QCOMPARE(child<QLineEdit>(&d, "accountUser")->text(), QStringLiteral("anna@gmail.com"));
        QCOMPARE(child<QLineEdit>(&d, "accountName")->text(), QStringLiteral("anna@gmail.com"));
        QVERIFY2(hint->text().contains(QLatin1String("app password")), qPrintable(hint->text()));

        // Not a known provider: the guess (the SRV look-up of a .invalid domain finds nothing).
        address->clear();
        QTest::keyClicks(address, QStringLiteral("bob@example.invalid"));
        QCOMPARE(host->text(), QStringLiteral("imap.example.invalid"));
        QTRY_VERIFY_WITH_TIMEOUT(hint->text().contains(QLatin1String("publishes no IMAP settings")), 15000);
        QCOMPARE(host->text(), QStringLiteral("imap.example.invalid"));

        // The user's own choices stay.
        QTest::keyClicks(child<QLineEdit>(&d, "accountName"), QStringLiteral(" (home)"));
        host->clear();
        QTest::keyClicks(host, QStringLiteral("mail.example.net"));
        address->clear();
        QTest::keyClicks(address, QStringLiteral("carl@gmx.de"));
        QCOMPARE(host->text(), QStringLiteral("mail.example.net"));
        QCOMPARE(child<QLineEdit>(&d, "accountName")->text(), QStringLiteral("bob@example.invalid (home)"));
        QCOMPARE(child<QLineEdit>(&d, "accountUser")->text(), QStringLiteral("carl@gmx.de"));
    }

    /** A domain that publishes RFC 6186 records (a real dnsmasq on loopback serves them): the
     *  dialog shows the guess at once, then the server the records name. */
    void addressFindsSrvRecords()
    {
        test::DnsServer dns;
        const auto started = dns.start({QStringLiteral("srv-host=_imaps._tcp.firma.test,mail.firma.test,9993,0,0"),
                                        QStringLiteral("local=/firma.test/")});
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        ui::AccountDialog d({});
        d.setDnsServer({dns.address(), dns.port()});
        auto *host = child<QLineEdit>(&d, "accountHost");
        QTest::keyClicks(child<QLineEdit>(&d, "accountAddress"), QStringLiteral("marc@firma.test"));
        QCOMPARE(host->text(), QStringLiteral("imap.firma.test")); // the guess, until DNS answers
        QTRY_COMPARE_WITH_TIMEOUT(host->text(), QStringLiteral("mail.firma.test"), 15000);
        QCOMPARE(child<QSpinBox>(&d, "accountPort")->value(), 9993);
        QCOMPARE(child<QComboBox>(&d, "accountTls")->currentData().toString(), QStringLiteral("implicit"));
        QVERIFY2(child<QLabel>(&d, "serverHint")->text().contains(QLatin1String("DNS records")),
                 qPrintable(child<QLabel>(&d, "serverHint")->text()));
    }

    void testButtonAnswersAndCertificateCanBeTrusted()
    {
        ui::AccountDialog d({});
        fill(d, m_server.password());
        auto *result = child<QLabel>(&d, "testResult");
        auto *trust = child<QCheckBox>(&d, "trustCertificate");
        QTest::mouseClick(child<QPushButton>(&d, "testButton"), Qt::LeftButton);
        // A self-signed certificate: refused, with its fingerprint and a way to trust it.
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✘")), 15000);
        QVERIFY2(result->text().contains(QStringLiteral("not trusted")), qPrintable(result->text()));
        QVERIFY(trust->isVisibleTo(&d));
        const QString shown = child<QLabel>(&d, "certificateFingerprint")->text().remove(QLatin1Char(':')).remove(QLatin1Char('\n'));
        QVERIFY2(shown.endsWith(m_server.certSha256().toUpper()), qPrintable(shown));
        trust->setChecked(true);
        QVERIFY(!d.account().pinnedKey.isEmpty());
        QTest::mouseClick(child<QPushButton>(&d, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✔")), 15000);
        QVERIFY2(result->text().contains(QStringLiteral("folder")), qPrintable(result->text()));

        // A wrong password: the server's words.
        child<QLineEdit>(&d, "accountPassword")->setText(QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(&d, "testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✘")), 15000);
        QVERIFY2(result->text().contains(QStringLiteral("Authentication failed")), qPrintable(result->text()));
    }

    void windowAddsAndSyncsWithProgress()
    {
        const QString db = m_dir.filePath(QStringLiteral("gui.db"));
        ui::MainWindow w(db);
        w.show();
        QSignalSpy finished(&w, &ui::MainWindow::syncFinished);
        QSignalSpy watching(&w, &ui::MainWindow::watching);
        store::ImapAccount a;
        a.name = QStringLiteral("Work");
        a.host = m_server.host();
        a.port = m_server.imapPort();
        a.tls = QStringLiteral("starttls");
        a.user = m_server.user();
        // The window would keep a typed password in the keyring; with none running here (CI), it
        // says so once. A password command avoids both.
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(m_server.password().toUtf8());
        pw.close();
        a.passwordCommand = QStringLiteral("cat '%1'").arg(pw.fileName());
        a.caFile = m_server.caFile();
        w.addAndSync(a, {});
        QTRY_VERIFY(child<QLabel>(&w, "syncLabel")->isVisible());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("new")), qPrintable(finished.last().at(1).toString()));
        QVERIFY(!child<QLabel>(&w, "syncLabel")->isVisible());
        auto *folders = child<models::FolderTreeModel>(&w, "folderModel");
        QTRY_COMPARE(folders->rowCount(), 1);
        // Every message on the server is in the tree's count; the six folders are there.
        QTRY_COMPARE(folders->index(0, 0).data().toString(), QStringLiteral("Work (%1)").arg(m_messages));
        QTRY_VERIFY(folders->rowCount(folders->index(0, 0)) >= 6); // INBOX, Junk, Trash, Sent, Archive, Drafts

        // F5 syncs again: nothing new.
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral(": 0 new")), qPrintable(finished.last().at(1).toString()));

        // The window watches the inbox (IDLE): mail another client delivers arrives by itself.
        QVERIFY(watching.count() > 0 || watching.wait(15000));
        QCOMPARE(watching.first().at(0).toString(), QStringLiteral("Work"));
        QFile extra(QStringLiteral(MAILTIDE_TEST_DATA "/corpus/ham-plain-discussion.eml"));
        QVERIFY(extra.open(QIODevice::ReadOnly));
        QVERIFY(m_server.append(QStringLiteral("INBOX"), extra.readAll()));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral(": 1 new")), qPrintable(finished.last().at(1).toString()));
        QTRY_COMPARE(folders->index(0, 0).data().toString(), QStringLiteral("Work (%1)").arg(m_messages + 1));

        // Mark as spam: the preview lists the message; Move; it is in Junk on the server; Undo.
        auto *table = child<QTableView>(&w, "messageView");
        auto *list = child<models::MessageListModel>(&w, "messageModel");
        QTRY_VERIFY(list->rowCount() > 0);
        const QString subject = list->rowAt(0).subject;
        table->selectRow(0);
        // Its text is read from the server when it is shown (Mailtide keeps none).
        QTRY_VERIFY_WITH_TIMEOUT(!child<QPlainTextEdit>(&w, "detailBody")->toPlainText().trimmed().isEmpty(), 15000);
        QSignalSpy moved(&w, &ui::MainWindow::moveFinished);
        QString preview;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            preview = box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
        child<QAction>(&w, "markSpamAction")->trigger();
        QVERIFY(moved.wait(30000));
        QVERIFY2(moved.last().at(0).toBool(), qPrintable(moved.last().at(1).toString()));
        QVERIFY2(preview.contains(subject), qPrintable(preview));
        QTRY_VERIFY(child<QAction>(&w, "undoMoveAction")->isEnabled());
        auto junk = m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), m_server.user(), QStringLiteral("mailbox"),
                                      QStringLiteral("Junk"), QStringLiteral("ALL")});
        QVERIFY(junk);
        const int junkAfterMove = int(junk->trimmed().split('\n').size());
        child<QAction>(&w, "undoMoveAction")->trigger();
        QVERIFY(moved.wait(30000));
        QVERIFY2(moved.last().at(0).toBool(), qPrintable(moved.last().at(1).toString()));
        junk = m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), m_server.user(), QStringLiteral("mailbox"),
                                 QStringLiteral("Junk"), QStringLiteral("ALL")});
        QVERIFY(junk);
        const int junkAfterUndo = junk->trimmed().isEmpty() ? 0 : int(junk->trimmed().split('\n').size());
        QCOMPARE(junkAfterUndo, junkAfterMove - 1);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
