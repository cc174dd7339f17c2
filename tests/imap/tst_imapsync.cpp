#include "DovecotServer.h"

#include "classify/Learner.h"
#include "classify/Model.h"
#include "imap/Account.h"
#include "imap/Connection.h"
#include "imap/Session.h"
#include "imap/Sync.h"
#include "classify/Classifier.h"
#include "mime/ParsedMessage.h"
#include "senders/Evidence.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtide;

namespace {

/** Real messages from the public corpus (the sample mailbox), sorted by name so runs agree. */
QList<QByteArray> corpusMessages(const QString &sub, int n)
{
    QDir d(QStringLiteral(MAILTIDE_SAMPLE_DIR) + QLatin1Char('/') + sub);
    QList<QByteArray> out;
    const auto names = d.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("cmds")))
            continue;
        QFile f(d.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out << f.readAll();
        if (out.size() == n)
            break;
    }
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/** Sync against a real Dovecot on loopback (tests/imap/DovecotServer): what the store holds after a
 *  sync equals what the server holds, and stays so as the server changes. */
class TestImapSync : public QObject
{
    Q_OBJECT

    test::DovecotServer m_server;
    QTemporaryDir m_dir;       // databases: searched for the password at the end
    QTemporaryDir m_secretDir; // the password file the password command reads
    QList<QByteArray> m_inbox, m_junk, m_archive, m_drafts;
    QStringList m_logs;

    store::ImapAccount account(imap::Tls tls = imap::Tls::Implicit) const
    {
        store::ImapAccount a;
        a.name = QStringLiteral("dovecot");
        a.host = m_server.host();
        a.tls = imap::toString(tls);
        a.port = tls == imap::Tls::Implicit ? m_server.imapsPort() : m_server.imapPort();
        a.user = m_server.user();
        a.caFile = m_server.caFile();
        a.passwordCommand = QStringLiteral("cat '%1'").arg(m_secretDir.filePath(QStringLiteral("pw")));
        return a;
    }

    std::unique_ptr<store::Store> openStore(const QString &name)
    {
        auto st = store::Store::open(m_dir.filePath(name));
        if (!st)
            qFatal("%s", qPrintable(st.error().toString()));
        return std::move(st.value());
    }

    Result<imap::SyncReport> syncOnce(store::Store &store, qint64 accountId, const store::ImapAccount &a,
                                      imap::SyncOptions o = {})
    {
        auto e = imap::endpointFor(a);
        if (!e)
            return e.error();
        imap::Connection c;
        if (Status s = c.open(e.value()); !s)
            return s.error();
        imap::Syncer syncer(store, c);
        o.batch = 40; // several batches per folder
        return syncer.sync(accountId, o);
    }

    qint64 count(store::Store &store, const QString &folder)
    {
        auto fs = store.folders();
        for (const auto &f : fs.value())
            if (f.name == folder)
                return f.messageCount;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inbox = corpusMessages(QStringLiteral("easy-ham-1"), 150);
        m_junk = corpusMessages(QStringLiteral("spam-1"), 60);
        m_archive = corpusMessages(QStringLiteral("hard-ham-1"), 20);
        m_drafts = corpusMessages(QStringLiteral("easy-ham-2"), 5);
        QCOMPARE(m_inbox.size(), 150);
        QCOMPARE(m_junk.size(), 60);
        QVERIFY(m_server.start());
        QFile pw(m_secretDir.filePath(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(m_server.password().toUtf8() + '\n');
        pw.close();
        for (int i = 0; i < m_inbox.size(); ++i)
            QVERIFY(m_server.addMessage(QStringLiteral("INBOX"), m_inbox[i], i % 3 == 0 ? QStringLiteral("S") : QString()));
        for (const QByteArray &m : std::as_const(m_junk))
            QVERIFY(m_server.addMessage(QStringLiteral("Junk"), m));
        for (const QByteArray &m : std::as_const(m_archive))
            QVERIFY(m_server.addMessage(QStringLiteral("Archive/2023"), m));
        for (const QByteArray &m : std::as_const(m_drafts))
            QVERIFY(m_server.addMessage(QStringLiteral("Entwürfe"), m));
        // Everything Mailtide logs during the tests, to look for secrets in it.
        static QStringList *logs = &m_logs;
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &msg) { logs->push_back(msg); });
        QLoggingCategory::setFilterRules(QStringLiteral("mailtide.*=true"));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        m_server.stop();
    }

    void initialSyncMatchesServer()
    {
        auto store = openStore(QStringLiteral("initial.db"));
        auto id = store->addImapAccount(account());
        QVERIFY(id);
        auto r = syncOnce(*store, id.value(), account());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->added, qint64(150 + 60 + 20 + 5));
        QCOMPARE(count(*store, QStringLiteral("INBOX")), qint64(150));
        QCOMPARE(count(*store, QStringLiteral("Junk")), qint64(60));
        QCOMPARE(count(*store, QStringLiteral("Archive/2023")), qint64(20));
        QCOMPARE(count(*store, QStringLiteral("Entwürfe")), qint64(5));
        QCOMPARE(count(*store, QStringLiteral("Trash")), qint64(0));

        // Special use from RFC 6154 attributes.
        auto folders = store->folders(id.value());
        QVERIFY(folders);
        for (const auto &f : folders.value()) {
            if (f.name == QLatin1String("Junk"))
                QCOMPARE(f.specialUse, QStringLiteral("\\Junk"));
            if (f.name == QLatin1String("INBOX"))
                QCOMPARE(f.specialUse, QString());
        }

        // Metadata equals what the server holds: size, flags, subject, INTERNALDATE as received time.
        auto rows = store->messageRows({id.value(), 0, 0}, store::MessageSort::Received, false);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 235);
        qint64 seen = 0;
        QSet<qint64> sizes;
        for (const auto &row : rows.value()) {
            seen += (row.flags & store::FlagSeen) ? 1 : 0;
            sizes.insert(row.size);
        }
        QCOMPARE(seen, qint64(50)); // every third INBOX message was added as \Seen
        // RFC822.SIZE counts the message as the server sends it, with CRLF line ends.
        for (const QByteArray &m : std::as_const(m_inbox))
            QVERIFY(sizes.contains(m.size() + m.count('\n') - m.count("\r\n")));
        auto detail = store->messageDetail(rows->first().id);
        QVERIFY(detail);
        QCOMPARE(detail->receivedSource, QStringLiteral("internaldate"));

        // Reading never set \Seen on the server.
        auto unseen = m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), m_server.user(),
                                        QStringLiteral("mailbox"), QStringLiteral("Junk"), QStringLiteral("UNSEEN")});
        QVERIFY(unseen);
        QCOMPARE(unseen->trimmed().split('\n').size(), 60);

        // A second sync with nothing changed adds, removes and changes nothing.
        auto again = syncOnce(*store, id.value(), account());
        QVERIFY(again);
        QCOMPARE(again->added, qint64(0));
        QCOMPARE(again->removed, qint64(0));
        QCOMPARE(again->flagsChanged, qint64(0));
        for (const auto &f : again->folders)
            QVERIFY2(f.unchanged, qPrintable(f.folder));
    }

    // Issue 6: a sync that classifies stores each message's sender evidence; the origin IPs
    // stored for INBOX are the ones found in the messages put on the server.
    void syncWithClassificationStoresSenderEvidence()
    {
        auto store = openStore(QStringLiteral("evidence.db"));
        auto id = store->addImapAccount(account());
        QVERIFY(id);
        classify::Model model; // empty: every verdict "unsure", which is enough here
        classify::Learner learner(store->db(), model);
        QVERIFY(learner.load());
        const classify::Classifier classifier(model, learner.weights());
        imap::Connection c;
        QVERIFY(c.open(imap::endpointFor(account()).value()));
        imap::Syncer syncer(*store, c);
        syncer.setClassifier(&classifier);
        imap::SyncOptions o;
        o.folders = QStringList{QStringLiteral("INBOX")};
        auto r = syncer.sync(id.value(), o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->added, qint64(150));
        auto q = store->db().prepare("SELECT COUNT(*), COUNT(e.message_id) FROM messages m "
                                     "LEFT JOIN message_evidence e ON e.message_id = m.id");
        QVERIFY(q && q->step());
        QCOMPARE(q->int64(0), 150);
        QCOMPARE(q->int64(1), 150);
        QSet<QString> expected;
        for (const QByteArray &m : std::as_const(m_inbox))
            if (const QString ip = senders::extractEvidence(mime::parseMessage(m)).origin.ip; !ip.isEmpty())
                expected.insert(ip);
        QVERIFY(!expected.isEmpty());
        QSet<QString> stored;
        auto ips = store->db().prepare("SELECT DISTINCT origin_ip FROM messages WHERE origin_ip IS NOT NULL");
        QVERIFY(ips);
        while (ips->step())
            stored.insert(ips->text(0));
        QCOMPARE(stored, expected);
    }

    void userChosenFolderUseSurvivesSync()
    {
        auto store = openStore(QStringLiteral("override.db"));
        auto id = store->addImapAccount(account());
        QVERIFY(id);
        QVERIFY(syncOnce(*store, id.value(), account()));
        // The user says "Archive/2023" is where spam goes; the server's Junk loses the role.
        QVERIFY(store->setSpecialUseByUser(id.value(), QStringLiteral("Archive/2023"), QStringLiteral("\\Junk")));
        QVERIFY(!store->setSpecialUseByUser(id.value(), QStringLiteral("No such folder"), QStringLiteral("\\Junk")));
        QVERIFY(syncOnce(*store, id.value(), account()));
        auto folders = store->imapFolders(id.value());
        QVERIFY(folders);
        QStringList junk;
        for (const auto &f : folders.value())
            if (f.specialUse == QLatin1String("\\Junk"))
                junk << f.name;
        QCOMPARE(junk, QStringList{QStringLiteral("Archive/2023")});
    }

    void appendedAndExpungedAndFlagged()
    {
        auto store = openStore(QStringLiteral("changes.db"));
        auto id = store->addImapAccount(account());
        QVERIFY(id);
        QVERIFY(syncOnce(*store, id.value(), account()));
        QVERIFY(m_server.append(QStringLiteral("INBOX"), corpusMessages(QStringLiteral("spam-2"), 1).value(0)));
        QVERIFY(m_server.doveadm({QStringLiteral("expunge"), QStringLiteral("-u"), m_server.user(), QStringLiteral("mailbox"),
                                  QStringLiteral("Archive/2023"), QStringLiteral("uid"), QStringLiteral("1:3")}));
        QVERIFY(m_server.doveadm({QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"), m_server.user(),
                                  QStringLiteral("\\Flagged"), QStringLiteral("mailbox"), QStringLiteral("Junk"),
                                  QStringLiteral("uid"), QStringLiteral("1:4")}));
        auto r = syncOnce(*store, id.value(), account());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->added, qint64(1));
        QCOMPARE(r->removed, qint64(3));
        QCOMPARE(r->flagsChanged, qint64(4));
        QCOMPARE(count(*store, QStringLiteral("INBOX")), m_server.messageCount(QStringLiteral("INBOX")));
        QCOMPARE(count(*store, QStringLiteral("Archive/2023")), m_server.messageCount(QStringLiteral("Archive/2023")));
        auto flags = store->uidFlags(store->folders(id.value())->at(0).id);
        QVERIFY(flags);
    }

    void uidValidityChangeResyncsWithoutDuplicates()
    {
        auto store = openStore(QStringLiteral("uidvalidity.db"));
        auto id = store->addImapAccount(account());
        QVERIFY(id);
        QVERIFY(syncOnce(*store, id.value(), account()));
        const qint64 before = count(*store, QStringLiteral("Entwürfe"));
        QCOMPARE(before, qint64(5));
        QVERIFY(m_server.recreateFolder(QStringLiteral("Entwürfe")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_server.append(QStringLiteral("Entwürfe"), m_drafts[i]));
        auto r = syncOnce(*store, id.value(), account());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        bool flagged = false;
        for (const auto &f : r->folders)
            if (f.folder == QStringLiteral("Entwürfe")) {
                flagged = f.uidValidityChanged;
                QCOMPARE(f.added, qint64(3));
            }
        QVERIFY(flagged);
        QCOMPARE(count(*store, QStringLiteral("Entwürfe")), qint64(3));
    }

    void learnsFromJunkTheInboxAndMoves()
    {
        auto store = openStore(QStringLiteral("learning.db"));
        auto id = store->addImapAccount(account());
        QVERIFY(id);
        classify::Model model;
        classify::Learner learner(store->db(), model);
        QVERIFY(learner.load());
        auto syncLearning = [&]() -> Result<imap::SyncReport> {
            imap::Connection c;
            if (Status s = c.open(imap::endpointFor(account()).value()); !s)
                return s.error();
            imap::Syncer syncer(*store, c);
            syncer.setLearner(&learner);
            // Ten days on: every message added now is "older than a few days".
            syncer.setNow(QDateTime::currentSecsSinceEpoch() + 10 * 86400);
            imap::SyncOptions o;
            o.folders = QStringList{QStringLiteral("INBOX"), QStringLiteral("Junk")};
            return syncer.sync(id.value(), o);
        };
        auto r = syncLearning();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        // Junk teaches spam; read inbox mail teaches not spam; unread inbox mail teaches nothing.
        const qint64 junk = m_server.messageCount(QStringLiteral("Junk"));
        QCOMPARE(r->learnedSpam, junk);
        QVERIFY(r->learnedHam > 0);
        QCOMPARE(model.spamMessages(), quint64(junk));
        QCOMPARE(model.hamMessages(), quint64(r->learnedHam));
        QCOMPARE(r->movedToJunk, qint64(0));

        // The user moves an unread inbox message to Junk: one correction, learned as spam.
        auto unseen = m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), m_server.user(),
                                        QStringLiteral("mailbox"), QStringLiteral("INBOX"), QStringLiteral("UNSEEN")});
        QVERIFY(unseen);
        const quint64 unseenUid = unseen->trimmed().split('\n').value(0).split(' ').value(1).toULongLong();
        QVERIFY(unseenUid > 0);
        QVERIFY(m_server.moveMessage(QStringLiteral("INBOX"), unseenUid, QStringLiteral("Junk")));
        const quint64 spamBefore = model.spamMessages();
        auto moved = syncLearning();
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        QCOMPARE(moved->movedToJunk, qint64(1));
        QCOMPARE(moved->learnedSpam, qint64(1));
        QCOMPARE(model.spamMessages(), spamBefore + 1);

        // And a message the user takes out of Junk into the inbox: spam unlearned, ham learned.
        const quint64 hamBefore = model.hamMessages();
        auto junkUids = m_server.doveadm({QStringLiteral("search"), QStringLiteral("-u"), m_server.user(),
                                          QStringLiteral("mailbox"), QStringLiteral("Junk"), QStringLiteral("ALL")});
        QVERIFY(junkUids);
        const quint64 junkUid = junkUids->trimmed().split('\n').value(0).split(' ').value(1).toULongLong();
        QVERIFY(m_server.moveMessage(QStringLiteral("Junk"), junkUid, QStringLiteral("INBOX")));
        auto back = syncLearning();
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->movedFromJunk, qint64(1));
        QCOMPARE(back->learnedHam, qint64(1));
        QCOMPARE(model.spamMessages(), spamBefore + 1 - 1);
        QCOMPARE(model.hamMessages(), hamBefore + 1);
    }

    void wrongPasswordIsClearAndWritesNothing()
    {
        store::ImapAccount a = account();
        a.passwordCommand = QStringLiteral("echo not-the-password");
        auto e = imap::endpointFor(a);
        QVERIFY(e);
        imap::Connection c;
        Status s = c.open(e.value());
        QVERIFY(!s);
        QCOMPARE(c.failureKind(), imap::FailureKind::Authentication);
        QVERIFY2(s.error().toString().contains(QLatin1String("Authentication failed")), qPrintable(s.error().toString()));
        // The server's own words are quoted.
        QVERIFY2(s.error().detail.contains(QLatin1String("NO")), qPrintable(s.error().detail));

        // And nothing is written: `account add` tests the login first and stores no account.
        const QString db = m_dir.filePath(QStringLiteral("wrong-password.db"));
        QProcess add;
        add.start(QStringLiteral(MAILTIDE_BIN_DIR "/mailtide-cli"),
                  {QStringLiteral("--db"), db, QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("wrong"), QStringLiteral("--host"), a.host, QStringLiteral("--port"), QString::number(a.port),
                   QStringLiteral("--tls"), a.tls, QStringLiteral("--user"), a.user, QStringLiteral("--password-command"),
                   a.passwordCommand, QStringLiteral("--ca-file"), a.caFile});
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 1);
        QVERIFY2(add.readAllStandardError().contains("Authentication failed"), "the CLI says why");
        auto st = store::Store::open(db);
        QVERIFY(st);
        auto accounts = st.value()->accounts();
        QVERIFY(accounts);
        QVERIFY(accounts->isEmpty());
    }

    void untrustedCertificateShowsFingerprintAndCanBePinned()
    {
        store::ImapAccount a = account();
        a.caFile.clear();
        auto e = imap::endpointFor(a);
        QVERIFY(e);
        imap::Connection c;
        Status s = c.open(e.value());
        QVERIFY(!s);
        QCOMPARE(c.failureKind(), imap::FailureKind::UntrustedCertificate);
        QCOMPARE(c.peerCertificateSha256(), m_server.certSha256());
        QVERIFY2(s.error().toString().contains(QLatin1String("not trusted")), qPrintable(s.error().toString()));

        // Trusting exactly that certificate: the next connection succeeds without the CA file...
        auto pin = imap::pinForFingerprint(a, m_server.certSha256().toUpper());
        QVERIFY2(pin, qPrintable(pin ? QString() : pin.error().toString()));
        a.pinnedKey = pin.value();
        auto e2 = imap::endpointFor(a);
        imap::Connection c2;
        QVERIFY(c2.open(e2.value()));
        // ... and a wrong fingerprint is refused.
        QVERIFY(!imap::pinForFingerprint(a, QString(64, QLatin1Char('a'))));
        // A pin of another key fails as "changed".
        a.pinnedKey = QStringLiteral("sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        imap::Connection c3;
        QVERIFY(!c3.open(imap::endpointFor(a).value()));
        QCOMPARE(c3.failureKind(), imap::FailureKind::CertificateChanged);
    }

    void starttlsAndPlainLoopback()
    {
        for (imap::Tls tls : {imap::Tls::StartTls, imap::Tls::None}) {
            auto e = imap::endpointFor(account(tls));
            QVERIFY(e);
            imap::Connection c;
            Status s = c.open(e.value());
            QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
            imap::Session session(c);
            auto boxes = session.list();
            QVERIFY(boxes);
            QVERIFY(boxes->size() >= 6);
        }
        // No TLS to anything but loopback.
        store::ImapAccount far = account(imap::Tls::None);
        far.host = QStringLiteral("192.0.2.1");
        imap::Connection c;
        QVERIFY(!c.open(imap::endpointFor(far).value()));
        QCOMPARE(c.failureKind(), imap::FailureKind::Tls);
    }

    void xoauth2BearerToken()
    {
        test::DovecotServer oauth;
        test::DovecotServer::Options opts;
        opts.xoauth2 = true;
        QVERIFY(oauth.start(opts));
        QFile token(m_secretDir.filePath(QStringLiteral("token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(oauth.xoauth2Token().toUtf8() + '\n');
        token.close();
        store::ImapAccount a = oauth.imapsAccount(QStringLiteral("oauth"));
        a.oauth2Command = QStringLiteral("cat '%1'").arg(token.fileName());
        auto e = imap::endpointFor(a);
        QVERIFY(e);
        QVERIFY(e->password.isEmpty());
        imap::Connection c;
        Status s = c.open(e.value());
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(imap::Session(c).list());
        // A wrong token is an authentication failure.
        a.oauth2Command = QStringLiteral("echo not-the-token");
        imap::Connection bad;
        QVERIFY(!bad.open(imap::endpointFor(a).value()));
        QCOMPARE(bad.failureKind(), imap::FailureKind::Authentication);
    }

    void killedMidSyncResumesWithoutLossOrDuplicates()
    {
        // The CLI, killed (SIGKILL) while it syncs; the next run completes the folder.
        const QString db = m_dir.filePath(QStringLiteral("killed.db"));
        const QString cli = QStringLiteral(MAILTIDE_BIN_DIR "/mailtide-cli");
        const store::ImapAccount a = account();
        QProcess add;
        add.start(cli, {QStringLiteral("--db"), db, QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), a.name,
                        QStringLiteral("--host"), a.host, QStringLiteral("--port"), QString::number(a.port), QStringLiteral("--tls"), a.tls,
                        QStringLiteral("--user"), a.user, QStringLiteral("--password-command"), a.passwordCommand,
                        QStringLiteral("--ca-file"), a.caFile});
        QVERIFY(add.waitForFinished(30000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        // Enough mail that a sync takes a while: 1,500 more messages in a folder of their own.
        const auto more = corpusMessages(QStringLiteral("easy-ham-2"), 1400) + corpusMessages(QStringLiteral("spam-2"), 100);
        // A new folder no client has opened yet: written straight into the Maildir (fast).
        for (const QByteArray &m : more)
            QVERIFY(m_server.addMessage(QStringLiteral("Bulk"), m));
        QProcess sync;
        sync.start(cli, {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--account"), a.name,
                         QStringLiteral("--folder"), QStringLiteral("Bulk")});
        QVERIFY(sync.waitForStarted());
        // Kill it once some batches are committed.
        auto stored = [&]() -> qint64 {
            auto st = store::Store::open(db);
            if (!st)
                return -1;
            auto fs = st.value()->folders();
            for (const auto &f : fs.value())
                if (f.name == QLatin1String("Bulk"))
                    return f.messageCount;
            return 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(stored() >= 200 || sync.state() == QProcess::NotRunning, 30000);
        QVERIFY2(sync.state() == QProcess::Running, "the sync finished before it could be killed");
        sync.kill();
        QVERIFY(sync.waitForFinished(5000));
        const qint64 partial = stored();
        QVERIFY(partial > 0 && partial < more.size());
        QProcess again;
        again.start(cli, {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--account"), a.name,
                          QStringLiteral("--folder"), QStringLiteral("Bulk")});
        QVERIFY(again.waitForFinished(60000));
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        QVERIFY2(again.readAllStandardOutput().contains(QByteArray(QByteArray::number(more.size() - partial) + " new")),
                 "the second run fetched only what was missing");
        QCOMPARE(stored(), qint64(more.size()));
        // Each UID once.
        auto st = store::Store::open(db);
        QVERIFY(st);
        const auto folders = st.value()->folders();
        QVERIFY(folders);
        for (const auto &f : folders.value())
            if (f.name == QLatin1String("Bulk"))
                QCOMPARE(st.value()->uidFlags(f.id)->size(), more.size());
    }

    void refusedAndUnresolved()
    {
        store::ImapAccount a = account();
        a.port = m_server.imapsPort() == 1 ? 2 : 1; // nothing listens on port 1 here
        imap::Connection c;
        QVERIFY(!c.open(imap::endpointFor(a).value()));
        QCOMPARE(c.failureKind(), imap::FailureKind::Refused);
        a.host = QStringLiteral("no-such-host.invalid");
        imap::Connection c2;
        QVERIFY(!c2.open(imap::endpointFor(a).value()));
        QCOMPARE(c2.failureKind(), imap::FailureKind::NotResolved);
    }

    void passwordNeverStoredOrLogged()
    {
        const QByteArray password = m_server.password().toUtf8();
        QVERIFY(password.size() >= 12);
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QVERIFY2(!fileBytes(m_dir.filePath(f)).contains(password), qPrintable(f));
        QVERIFY(!m_logs.isEmpty());
        for (const QString &line : std::as_const(m_logs))
            QVERIFY2(!line.toUtf8().contains(password), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestImapSync)
#include "tst_imapsync.moc"
