/** Proves the DovecotServer fixture by speaking IMAP to it (RFC 3501) over plain and TLS sockets. */
#include "DovecotServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using mailtide::test::DovecotServer;

namespace {

/** A blocking, line-based IMAP client: enough for responses without literals. */
class Session
{
public:
    /** Plain TCP, or implicit TLS when tls is set; caFile empty means the system CAs only. */
    bool open(quint16 port, bool tls = false, const QString &caFile = {})
    {
        if (!tls) {
            m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (!m_socket.waitForConnected(5000)) return false;
        } else {
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            if (!caFile.isEmpty()) config.addCaCertificates(caFile);
            m_socket.setSslConfiguration(config);
            m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            if (!m_socket.waitForEncrypted(5000)) return false;
        }
        greeting = readLine();
        return greeting.startsWith("* OK");
    }

    /** Sends a tagged command; returns every line up to and including the tagged one. */
    QList<QByteArray> command(const QByteArray &cmd)
    {
        const QByteArray tag = 'a' + QByteArray::number(++m_tag);
        m_socket.write(tag + ' ' + cmd + "\r\n");
        QList<QByteArray> lines;
        while (true) {
            const QByteArray line = readLine();
            if (line.isEmpty()) return lines;
            lines << line;
            if (line.startsWith(QByteArray(tag + ' '))) return lines;
        }
    }

    /** The tagged status: "OK", "NO" or "BAD" (empty when the connection broke). */
    static QByteArray status(const QList<QByteArray> &lines)
    {
        return lines.isEmpty() ? QByteArray() : lines.last().split(' ').value(1);
    }

    bool login(const QString &user, const QString &password)
    {
        return status(command("LOGIN \"" + user.toUtf8() + "\" \"" + password.toUtf8() + '"')) == "OK";
    }

    QSslSocket &socket() { return m_socket; }
    QByteArray greeting;

private:
    QByteArray readLine()
    {
        while (!m_socket.canReadLine())
            if (!m_socket.waitForReadyRead(5000)) return {};
        return m_socket.readLine().trimmed();
    }

    QSslSocket m_socket;
    int m_tag = 0;
};

/** The number from an untagged response such as "* 3 EXISTS" or "* OK [UIDVALIDITY 42] ...". */
qint64 number(const QList<QByteArray> &lines, const char *pattern)
{
    const QRegularExpression re(QString::fromLatin1(pattern));
    for (const QByteArray &line : lines) {
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(line));
        if (m.hasMatch()) return m.captured(1).toLongLong();
    }
    return -1;
}

QByteArray message(const QByteArray &subject)
{
    return "From: Bob <bob@example.org>\r\nTo: alice@example.org\r\nSubject: " + subject +
           "\r\nMessage-ID: <" + subject + "@example.org>\r\n\r\nHello.\r\n";
}

bool refuses(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    socket.waitForConnected(2000);
    return socket.error() == QAbstractSocket::ConnectionRefusedError;
}

const QString kDrafts = QStringLiteral(u"Entwürfe");

} // namespace

class TestDovecotServer : public QObject
{
    Q_OBJECT
private:
    DovecotServer m_server;

    bool logIn(Session &s)
    {
        if (s.open(m_server.imapPort()) && s.login(m_server.user(), m_server.password())) return true;
        qWarning("login failed; see %s", qPrintable(m_server.logFile()));
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        const mailtide::Status started = m_server.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        qInfo("start() took %lld ms", timer.elapsed());
        for (const char *subject : {"m1", "m2", "m3"}) {
            const mailtide::Status s = m_server.addMessage(QStringLiteral("INBOX"), message(subject));
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        }
        QVERIFY(m_server.addMessage(kDrafts, message("draft")).ok());
        QVERIFY(m_server
                    .addMessage(QStringLiteral("Archive/2023"), message("old"), QStringLiteral("SF"),
                                QDateTime(QDate(2023, 5, 17), QTime(8, 30), Qt::UTC))
                    .ok());
        QVERIFY(!m_server.addMessage(QStringLiteral("a.b"), message("x")).ok());
    }

    void greetsOnImapPort()
    {
        QTcpSocket socket;
        socket.connectToHost(m_server.host(), m_server.imapPort());
        QVERIFY(socket.waitForConnected(5000));
        while (!socket.canReadLine() && socket.waitForReadyRead(5000)) {
        }
        const QByteArray greeting = socket.readLine();
        QVERIFY2(greeting.startsWith("* OK"), greeting.constData());
        QVERIFY(greeting.contains("STARTTLS"));
    }

    void selectSeesAddedMessagesInOrder()
    {
        Session s;
        QVERIFY(logIn(s));
        const QList<QByteArray> select = s.command("SELECT INBOX");
        QCOMPARE(Session::status(select), QByteArray("OK"));
        QCOMPARE(number(select, "^\\* (\\d+) EXISTS"), 3);
        // UIDs follow addMessage() order.
        QCOMPARE(number(s.command("UID SEARCH HEADER Subject m1"), "^\\* SEARCH (\\d+)$"), 1);
        QCOMPARE(number(s.command("UID SEARCH HEADER Subject m3"), "^\\* SEARCH (\\d+)$"), 3);

        const QList<QByteArray> archived = s.command("EXAMINE Archive/2023");
        QCOMPARE(number(archived, "^\\* (\\d+) EXISTS"), 1);
        const QByteArray fetch = s.command("FETCH 1 (FLAGS INTERNALDATE)").value(0);
        QVERIFY2(fetch.contains("\\Seen") && fetch.contains("\\Flagged"), fetch.constData());
        QVERIFY2(fetch.contains("\"17-May-2023 08:30:00 +0000\""), fetch.constData());
    }

    void listShowsSpecialUseAndNonAsciiFolders()
    {
        Session s;
        QVERIFY(logIn(s));
        const QByteArray list = s.command("LIST \"\" \"*\"").join('\n');
        QVERIFY2(list.contains("\\Junk) \"/\" Junk"), list.constData());
        for (const char *use : {"\\Trash", "\\Sent", "\\Archive", "\\Drafts"})
            QVERIFY2(list.contains(use), use);
        // Modified UTF-7 on the wire (RFC 3501 5.1.3) and on disk (Maildir++).
        QVERIFY2(list.contains("\"/\" Entw&APw-rfe"), list.constData());
        QVERIFY2(list.contains("\"/\" Archive/2023"), list.constData());
        QVERIFY(QDir(m_server.mailDir() + QStringLiteral("/.Entw&APw-rfe/cur")).exists());
        QVERIFY(QDir(m_server.mailDir() + QStringLiteral("/.Archive.2023/cur")).exists());
    }

    void imapsVerifiesWithCaFile()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "no Qt TLS backend (plugins/tls/libqopensslbackend.so)");
        Session s;
        const bool opened = s.open(m_server.imapsPort(), true, m_server.caFile());
        QVERIFY2(opened, qPrintable(s.socket().errorString()));
        QVERIFY(s.socket().sslHandshakeErrors().isEmpty());
        QCOMPARE(QString::fromLatin1(s.socket().peerCertificate().digest(QCryptographicHash::Sha256).toHex()),
                 m_server.certSha256());
        QVERIFY(s.login(m_server.user(), m_server.password()));
    }

    void imapsWithoutCaFailsVerification()
    {
        Session s;
        QVERIFY(!s.open(m_server.imapsPort(), true));
        const QList<QSslError> errors = s.socket().sslHandshakeErrors();
        QVERIFY2(
            std::any_of(errors.begin(), errors.end(),
                        [](const QSslError &e) { return e.error() == QSslError::SelfSignedCertificate; }),
            qPrintable(s.socket().errorString()));
    }

    void appendWhileSelectedGivesExists()
    {
        Session s;
        QVERIFY(logIn(s));
        QCOMPARE(number(s.command("SELECT INBOX"), "^\\* (\\d+) EXISTS"), 3);
        const mailtide::Status appended = m_server.append(QStringLiteral("INBOX"), message("m4"));
        QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().toString()));
        QCOMPARE(number(s.command("NOOP"), "^\\* (\\d+) EXISTS"), 4);
        QCOMPARE(number(s.command("UID SEARCH HEADER Subject m4"), "^\\* SEARCH (\\d+)$"), 4);
        QVERIFY(!m_server.append(QStringLiteral("NoSuchFolder"), message("x")).ok());
    }

    void moveMessageMoves()
    {
        Session s;
        QVERIFY(logIn(s));
        QCOMPARE(number(s.command("SELECT INBOX"), "^\\* (\\d+) EXISTS"), 4);
        const mailtide::Status moved =
            m_server.moveMessage(QStringLiteral("INBOX"), 2, QStringLiteral("Archive"));
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().toString()));
        QCOMPARE(number(s.command("NOOP"), "^\\* (\\d+) EXPUNGE"), 2);
        QCOMPARE(number(s.command("STATUS Archive (MESSAGES)"), "MESSAGES (\\d+)"), 1);
        const mailtide::Status missing =
            m_server.moveMessage(QStringLiteral("INBOX"), 2, QStringLiteral("Archive"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("UID 2")),
                 qPrintable(missing.error().toString()));
    }

    void recreateFolderChangesUidValidity_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("special-use") << QStringLiteral("Junk");
        QTest::newRow("non-ascii") << kDrafts;
        QTest::newRow("child") << QStringLiteral("Archive/2023");
        QTest::newRow("inbox") << QStringLiteral("INBOX");
    }
    void recreateFolderChangesUidValidity()
    {
        QFETCH(QString, folder);
        QVERIFY(m_server.append(folder, message("before")).ok());
        Session s;
        QVERIFY(logIn(s));
        const QByteArray wire = folder == kDrafts ? QByteArray("Entw&APw-rfe") : folder.toUtf8();
        const QList<QByteArray> before = s.command("STATUS \"" + wire + "\" (UIDVALIDITY MESSAGES)");
        const qint64 validity = number(before, "UIDVALIDITY (\\d+)");
        QVERIFY(validity > 0);
        QVERIFY(number(before, "MESSAGES (\\d+)") > 0);

        const mailtide::Status recreated = m_server.recreateFolder(folder);
        QVERIFY2(recreated.ok(), qPrintable(recreated.ok() ? QString() : recreated.error().toString()));
        const QList<QByteArray> after = s.command("STATUS \"" + wire + "\" (UIDVALIDITY MESSAGES)");
        QCOMPARE(number(after, "MESSAGES (\\d+)"), 0);
        QVERIFY(number(after, "UIDVALIDITY (\\d+)") > 0);
        QVERIFY(number(after, "UIDVALIDITY (\\d+)") != validity);
    }

    void doveadmErrorsCarryItsWords()
    {
        const mailtide::Result<QByteArray> r =
            m_server.doveadm({QStringLiteral("mailbox"), QStringLiteral("status"), QStringLiteral("-u"),
                              m_server.user(), QStringLiteral("messages"), QStringLiteral("NoSuchFolder")});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(QStringLiteral("NoSuchFolder")), qPrintable(r.error().toString()));
    }

    void secondServerWithXoauth2RunsAlongside()
    {
        QString secondDir;
        {
            DovecotServer other;
            QVERIFY(other.xoauth2Token().isEmpty());
            const mailtide::Status started = other.start({.xoauth2 = true, .imapCapability = {}, .extraUsers = {}});
            QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
            secondDir = QFileInfo(other.logFile()).path();
            QVERIFY(other.imapPort() != m_server.imapPort() && other.imapsPort() != m_server.imapsPort());
            QVERIFY(other.password() != m_server.password());
            QVERIFY(other.certSha256() != m_server.certSha256());

            Session xoauth;
            QVERIFY(xoauth.open(other.imapPort()));
            QVERIFY(xoauth.greeting.contains("AUTH=XOAUTH2"));
            const QByteArray ir = QByteArray("user=" + other.user().toUtf8() +
                                             "\x01"
                                             "auth=Bearer " +
                                             other.xoauth2Token().toUtf8() + "\x01\x01")
                                      .toBase64();
            const QList<QByteArray> auth = xoauth.command("AUTHENTICATE XOAUTH2 " + ir);
            QCOMPARE(Session::status(auth), QByteArray("OK"));

            Session tokenAsPassword;
            QVERIFY(tokenAsPassword.open(other.imapPort()));
            QVERIFY(!tokenAsPassword.login(other.user(), other.xoauth2Token()));

            Session first; // the first server is unaffected
            QVERIFY(logIn(first));
            QCOMPARE(Session::status(first.command("NOOP")), QByteArray("OK"));
            QVERIFY(m_server.xoauth2Token().isEmpty());
        }
        QVERIFY2(!QFileInfo::exists(secondDir), qPrintable(secondDir));
    }

    void stopClosesPorts()
    {
        QElapsedTimer timer;
        timer.start();
        m_server.stop();
        qInfo("stop() took %lld ms", timer.elapsed());
        QVERIFY(!m_server.isRunning());
        QVERIFY(refuses(m_server.imapPort()));
        QVERIFY(refuses(m_server.imapsPort()));
        QVERIFY(QFileInfo::exists(m_server.logFile())); // kept for post-mortems until destruction
    }
};

QTEST_GUILESS_MAIN(TestDovecotServer)
#include "tst_dovecotserver.moc"
