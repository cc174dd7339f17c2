// The Self-check view against real servers on loopback: dnsmasq serving the test zones of
// tests/imap/SelfCheckZones.h (every DNS query of the process goes there, as with --dns), two
// real Postfix servers (an open relay and a closed one; root only, as in tst_cliselfcheck), and a
// TCP port that accepts and never greets (for Stop). The good domain is green with no warning row;
// broken ones are red or amber with their planted faults listed worst first; the relay test runs
// only once "This is my server" is ticked and never sends DATA; Stop ends a stuck run; exports
// write a PDF and JSON that parses; the DNS dialog refuses bad resolvers and saves a good one; the
// schedule runs a due check, skips one that is not, and tells what changed.
// The "forged" fixture mailbox (tests/imap/SelfCheckMailbox.h) on a real Dovecot, synced as the
// window syncs, gives the mailbox charts: the planted spike marked, the backscatter per week.
// Screenshots (as root, for the open relay): from build/dev,
//   QT_QPA_PLATFORM=offscreen TZ=UTC MAILTIDE_SHOT_QM=$PWD/translations/mailtide_en.qm
//   MAILTIDE_SHOT_OUT=$PWD/../../resources/screenshots/selfcheck-report.png tests/gui/tst_selfcheckview shot
// (one command line)
// saves selfcheck-report.png (the findings) and selfcheck-mailbox.png (the mailbox tab), 1400x900,
// and the PDF report beside them (selfcheck-report.png.pdf, not for the repository).
#include "DnsServer.h"
#include "ScriptedSocketServer.h"
#include "SelfCheckZones.h"
#include "SelfCheckMailbox.h"
#include "SmtpServer.h"
#include "Worker.h"
#include "jobs/SyncJob.h"

#include "DnsServerDialog.h"
#include "MainWindow.h"
#include "SelfCheckView.h"
#include "net/Dns.h"
#include "selfcheck/SelfCheckHistory.h"
#include "store/Store.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QChart>
#include <QChartView>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <unistd.h>

using namespace mailtide;
using namespace mailtide::ui;
using selfcheck::Severity;

class TestSelfCheckView : public QObject
{
    Q_OBJECT
    test::DnsServer m_dns;
    test::SmtpServer m_open;
    test::SmtpServer m_closed;
    test::DovecotServer m_imap;
    test::PlantedMailbox m_forged;
    bool m_forgedSynced = false;
    QTemporaryDir m_dir;
    QString m_db;

    void useDns(quint16 port) { net::setDefaultServer(net::DnsServer{QHostAddress(QHostAddress::LocalHost), port}); }

    static SelfCheckForm formFor(const QString &domain, const QString &selectors = {})
    {
        SelfCheckForm f;
        f.domain = domain;
        f.selectors = selectors;
        return f;
    }

    /** Runs the view's form and waits for the result (the view's own signals). */
    static bool runAndWait(SelfCheckView &v, int timeoutMs = 60000)
    {
        QSignalSpy done(&v, &SelfCheckView::finished);
        QSignalSpy failed(&v, &SelfCheckView::failed);
        v.run();
        if (!v.isBusy())
            return false;
        if (!done.wait(timeoutMs))
            return false;
        return failed.isEmpty();
    }

    /** The finding ids the table lists, in its order. */
    static QStringList tableIds(const SelfCheckView &v)
    {
        QStringList ids;
        for (int r = 0; r < v.findingsTable()->rowCount(); ++r)
            ids << v.findingsTable()->item(r, 0)->data(Qt::UserRole).toString();
        return ids;
    }

    static int rowsWithSeverity(const SelfCheckView &v, const QString &word)
    {
        int n = 0;
        for (int r = 0; r < v.findingsTable()->rowCount(); ++r)
            n += v.findingsTable()->item(r, 0)->text() == word;
        return n;
    }

    /** Postfix's own record: every probe session ended without DATA, nothing queued. */
    static void checkNoData(const test::SmtpServer &server)
    {
        QVERIFY2(server.waitForLog(QStringLiteral(" mail=1 ")), qPrintable(server.log()));
        const QString log = server.log();
        static const QRegularExpression disconnect(QStringLiteral("disconnect from \\S+ (.*)$"), QRegularExpression::MultilineOption);
        for (auto it = disconnect.globalMatch(log); it.hasNext();) {
            const QString counts = it.next().captured(1);
            QVERIFY2(!counts.contains(QStringLiteral("data=")) && !counts.contains(QStringLiteral("bdat=")), qPrintable(counts));
        }
        QVERIFY2(!log.contains(QStringLiteral("message-id=")), qPrintable(log));
        QCOMPARE(server.queuedMessages(), 0);
    }


    /** The "forged" fixture mailbox (tests/imap/SelfCheckMailbox.h) on the real Dovecot, added
     *  and synced into the profile as the window does (jobs::SyncJob), once. */
    bool syncForged()
    {
        if (m_forgedSynced)
            return true;
        test::DovecotServer::Options o;
        o.extraUsers = {QStringLiteral("forged")};
        if (!m_imap.start(o))
            return false;
        if (!test::plantSelfCheckMailbox(m_imap, QStringLiteral("forged"), true, QDateTime::currentSecsSinceEpoch(), &m_forged))
            return false;
        auto *job = new jobs::SyncJob(m_db, m_imap.imapsAccount(QStringLiteral("forged"), QStringLiteral("forged")),
                                      m_imap.password().toUtf8(), jobs::SyncJob::Mode::AddAndSync);
        QObject owner;
        QThread *thread = startWorker(&owner, job, QStringLiteral("SyncJob"));
        QSignalSpy done(job, &jobs::SyncJob::finished);
        thread->start();
        const bool ok = done.wait(180000) && done.first().at(0).toBool();
        if (!ok)
            qWarning() << "sync failed:" << (done.isEmpty() ? QStringLiteral("timeout") : done.first().at(1).toString());
        finishWorker(thread, job);
        m_forgedSynced = ok;
        return ok;
    }

    /** A view reading the forged mailbox for good.test. */
    void setUpForged(SelfCheckView &v, SelfCheckForm f)
    {
        v.setDatabase(m_db);
        v.setAccounts({QStringLiteral("forged")});
        const QByteArray password = m_imap.password().toUtf8();
        v.setCredentialsProvider([password](const QString &) { return std::optional<QByteArray>(password); });
        f.account = QStringLiteral("forged");
        f.days = 90;
        v.setForm(f);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings too: no writes to the user's config
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("profile.db"));
        auto created = store::Store::open(m_db); // the profile the history lives in
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        const auto started = m_dns.start(test::selfCheckZones());
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
        useDns(m_dns.port());
        if (geteuid() != 0)
            return; // Postfix's master needs root; the relay rows skip
        if (Status s = m_open.start(test::SmtpServer::Mode::OpenRelay); !s)
            QFAIL(qPrintable(s.error().toString()));
        if (Status s = m_closed.start(test::SmtpServer::Mode::Closed); !s)
            QFAIL(qPrintable(s.error().toString()));
    }

    void init() { QSettings().remove(QStringLiteral("selfcheck")); }

    /** good.test: green, "Nothing severe", no warning or severe row, and the detail pane shows
     *  the record behind the selected finding verbatim. */
    void goodDomainIsGreen()
    {
        SelfCheckView v;
        v.setDatabase(m_db);
        v.setForm(formFor(QStringLiteral("good.test"), QStringLiteral("s1")));
        QVERIFY(runAndWait(v));
        QVERIFY(v.shownSeverity());
        QVERIFY2(*v.shownSeverity() <= Severity::Info, qPrintable(tableIds(v).join(QLatin1Char(' '))));
        QCOMPARE(rowsWithSeverity(v, QStringLiteral("Warning")), 0);
        QCOMPARE(rowsWithSeverity(v, QStringLiteral("Severe")), 0);
        QVERIFY(v.findingsTable()->rowCount() > 3);
        QVERIFY2(v.summaryLabel()->text().startsWith(QStringLiteral("Nothing severe")), qPrintable(v.summaryLabel()->text()));
        QVERIFY(v.trafficLight()->accessibleName().contains(QStringLiteral("Nothing severe")));
        // The SPF finding's record, verbatim and selectable, in monospace.
        const int row = int(tableIds(v).indexOf(QRegularExpression(QStringLiteral("spf\\..*"))));
        QVERIFY(row >= 0);
        v.findingsTable()->selectRow(row);
        QVERIFY2(v.detailView()->toPlainText().contains(QStringLiteral("v=spf1 mx include:_spf.provider.test -all")),
                 qPrintable(v.detailView()->toPlainText()));
        QVERIFY(v.detailView()->isReadOnly());
        QVERIFY(v.detailView()->font().fixedPitch() || QFontInfo(v.detailView()->font()).fixedPitch());
        // The form is remembered, without any password key.
        QCOMPARE(QSettings().value(QStringLiteral("selfcheck/domain")).toString(), QStringLiteral("good.test"));
        for (const QString &k : QSettings().allKeys())
            QVERIFY2(!k.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(k));
    }

    void faultyDomains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("selectors");
        QTest::addColumn<int>("worst");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("words");
        QTest::newRow("nospf: no SPF, DMARC p=none") << QStringLiteral("nospf.test") << QString() << int(Severity::Severe)
                                                     << QStringList{QStringLiteral("spf.missing"), QStringLiteral("dmarc.p-none")}
                                                     << QStringLiteral("act now");
        QTest::newRow("passall: SPF +all, no DMARC") << QStringLiteral("passall.test") << QString() << int(Severity::Severe)
                                                     << QStringList{QStringLiteral("spf.pass-all"), QStringLiteral("dmarc.missing")}
                                                     << QStringLiteral("act now");
        QTest::newRow("weakdkim s2: reports to a stranger") << QStringLiteral("weakdkim.test") << QStringLiteral("s2")
                                                            << int(Severity::Warning)
                                                            << QStringList{QStringLiteral("dmarc.rua-unauthorized")}
                                                            << QStringLiteral("Nothing severe");
    }

    /** Broken domains: red (or amber) in colour and words, their faults listed worst first. */
    void faultyDomains()
    {
        QFETCH(QString, domain);
        QFETCH(QString, selectors);
        QFETCH(int, worst);
        QFETCH(QStringList, ids);
        QFETCH(QString, words);
        SelfCheckView v;
        v.setDatabase(m_db);
        v.setForm(formFor(domain, selectors));
        QVERIFY(runAndWait(v));
        QCOMPARE(int(*v.shownSeverity()), worst);
        const QStringList shown = tableIds(v);
        for (const QString &id : ids)
            QVERIFY2(shown.contains(id), qPrintable(id + QStringLiteral(" not in ") + shown.join(QLatin1Char(' '))));
        // Worst first: the first row has the worst severity; severities never rise down the table.
        const QStringList order{QStringLiteral("Severe"), QStringLiteral("Warning"), QStringLiteral("Info"), QStringLiteral("OK")};
        int last = 0;
        for (int r = 0; r < v.findingsTable()->rowCount(); ++r) {
            const int rank = int(order.indexOf(v.findingsTable()->item(r, 0)->text()));
            QVERIFY(rank >= last);
            last = rank;
        }
        QCOMPARE(v.findingsTable()->item(0, 0)->text(), worst == int(Severity::Severe) ? QStringLiteral("Severe") : QStringLiteral("Warning"));
        QVERIFY2(v.summaryLabel()->text().contains(words), qPrintable(v.summaryLabel()->text()));
        const int severe = v.outcome()->report.count(Severity::Severe);
        if (severe > 0)
            QVERIFY(v.summaryLabel()->text().startsWith(QStringLiteral("%1 severe problem").arg(severe)));
        QVERIFY(v.trafficLight()->accessibleName().contains(words));
        // The fix is in the table, in words.
        const int row = int(shown.indexOf(ids.first()));
        QVERIFY(!v.findingsTable()->item(row, 3)->text().isEmpty());
    }

    /** The relay test needs the box ticked: without it the server is never contacted and the
     *  result says so; with it the open relay is found (severe) and Postfix saw no DATA. */
    void relayRunsOnlyWhenConfirmed()
    {
        if (geteuid() != 0)
            QSKIP("The Postfix test servers need root (run the tests as root, as CI does)");
        const QString target = QStringLiteral("%1:%2").arg(m_open.host()).arg(m_open.port());
        const QString before = m_open.log();
        SelfCheckView v;
        v.setDatabase(m_db);
        SelfCheckForm f = formFor(QStringLiteral("good.test"), QStringLiteral("s1"));
        f.relayHost = target;
        f.relayConfirmed = false;
        v.setForm(f);
        QVERIFY(runAndWait(v));
        for (const QString &id : tableIds(v))
            QVERIFY2(!id.startsWith(QStringLiteral("smtp.")), qPrintable(id));
        QVERIFY(v.outcome()->relayWithheld);
        QVERIFY(v.summaryLabel()->text().contains(QStringLiteral("did not run")));
        QTest::qWait(300); // Postfix logs a moment after; nothing new may come
        QCOMPARE(m_open.log().count(QStringLiteral("connect from")), before.count(QStringLiteral("connect from")));

        QTest::mouseClick(v.relayConfirm(), Qt::LeftButton, {}, QPoint(4, v.relayConfirm()->height() / 2));
        QVERIFY(v.relayConfirm()->isChecked());
        QVERIFY(runAndWait(v));
        QVERIFY2(tableIds(v).contains(QStringLiteral("smtp.open-relay")), qPrintable(tableIds(v).join(QLatin1Char(' '))));
        QCOMPARE(*v.shownSeverity(), Severity::Severe);
        QCOMPARE(tableIds(v).first(), QStringLiteral("smtp.open-relay")); // the only severe one
        v.findingsTable()->selectRow(0);
        const QString transcript = v.detailView()->toPlainText();
        QVERIFY2(transcript.contains(QStringLiteral("C: RCPT TO:<relay-test@example.net>")), qPrintable(transcript));
        QVERIFY(!transcript.contains(QStringLiteral("C: DATA")));
        checkNoData(m_open);
        QVERIFY(QSettings().value(QStringLiteral("selfcheck/relayConfirmed")).toBool());

        // The closed server: refuses, an OK row, and nothing severe.
        f.relayHost = QStringLiteral("%1:%2").arg(m_closed.host()).arg(m_closed.port());
        f.relayConfirmed = true;
        v.setForm(f);
        QVERIFY(runAndWait(v));
        QVERIFY(tableIds(v).contains(QStringLiteral("smtp.refuses-relay")));
        QVERIFY(*v.shownSeverity() <= Severity::Info);
        checkNoData(m_closed);
    }

    /** A server that greets, then never answers MAIL FROM: the probe would wait 15 s; Stop (Esc)
     *  ends the run at once, with no result and no failure. */
    void stopEndsARun()
    {
        using S = test::ScriptedSocketServer;
        S silent({S::send("220 stalls ESMTP\r\n"), S::readLine(), S::send("250-stalls\r\n250 8BITMIME\r\n"), S::readLine(),
                  S::sleep(14000)});
        SelfCheckView v;
        v.setDatabase(m_db);
        SelfCheckForm f = formFor(QStringLiteral("good.test"), QStringLiteral("s1"));
        f.relayHost = QStringLiteral("127.0.0.1:%1").arg(silent.port());
        f.relayConfirmed = true;
        v.setForm(f);
        v.show();
        v.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&v));
        QSignalSpy busy(&v, &SelfCheckView::busyChanged);
        QSignalSpy done(&v, &SelfCheckView::finished);
        QSignalSpy failed(&v, &SelfCheckView::failed);
        v.run();
        QVERIFY(v.isBusy());
        QVERIFY(v.stopButton()->isEnabled());
        QVERIFY(!v.runButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(silent.received().size() >= 2, 20000); // MAIL FROM sent: the probe waits
        QElapsedTimer t;
        t.start();
        QTest::keyClick(v.findingsTable(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!v.isBusy(), 10000);
        QVERIFY2(t.elapsed() < 8000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(done.size(), 0);
        QCOMPARE(failed.size(), 0); // a stop is not a failure
        QVERIFY(v.stepLabel()->text().startsWith(QStringLiteral("Stopped")));
        QCOMPARE(busy.size(), 2);
        QVERIFY(v.runButton()->isEnabled());
    }

    /** Export: a PDF that starts with %PDF, and JSON with the findings that parses. */
    void exportsPdfAndJson()
    {
        SelfCheckView v;
        v.setDatabase(m_db);
        v.setForm(formFor(QStringLiteral("nospf.test")));
        QVERIFY(!v.exportButton()->isEnabled()); // nothing to export yet
        QVERIFY(runAndWait(v));
        QVERIFY(v.exportButton()->isEnabled());
        for (const QString &name : {QStringLiteral("report.pdf"), QStringLiteral("report.json")}) {
            const QString path = m_dir.filePath(name);
            QSignalSpy exported(&v, &SelfCheckView::exported);
            v.exportReport(path);
            QVERIFY(exported.wait(30000));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (name.endsWith(QLatin1String(".pdf"))) {
                QVERIFY(bytes.startsWith("%PDF"));
                QVERIFY(bytes.size() > 5000);
                continue;
            }
            QJsonParseError pe{};
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
            QVERIFY2(doc.isObject(), qPrintable(pe.errorString()));
            QCOMPARE(doc.object().value(QStringLiteral("domain")).toString(), QStringLiteral("nospf.test"));
            QCOMPARE(doc.object().value(QStringLiteral("worst")).toString(), QStringLiteral("severe"));
            QStringList ids;
            for (const QJsonValue &x : doc.object().value(QStringLiteral("findings")).toArray())
                ids << x.toObject().value(QStringLiteral("id")).toString();
            QVERIFY(ids.contains(QStringLiteral("spf.missing")));
        }
        QSignalSpy failed(&v, &SelfCheckView::failed);
        v.exportReport(m_dir.filePath(QStringLiteral("report.txt")));
        QCOMPARE(failed.size(), 1);
    }

    /** Tools > DNS server…: bad text keeps OK disabled with the reason; a good one is saved and
     *  applied at once; empty goes back to the system's resolvers. */
    void dnsDialog()
    {
        QSettings().remove(QLatin1String(net::kDnsServerSettingKey));
        DnsServerDialog d;
        QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        for (const QString &bad : {QStringLiteral("999.1.1.1"), QStringLiteral("host name"), QStringLiteral("192.0.2.53:70000"),
                                   QStringLiteral("[2001:db8::53]:53")}) {
            d.edit()->setText(bad);
            QVERIFY2(!d.isAcceptable(), qPrintable(bad));
            QVERIFY(!ok->isEnabled());
            QVERIFY(!d.problem().isEmpty());
        }
        d.edit()->setText(QStringLiteral("[2001:db8::53]:53"));
        QVERIFY(d.problem().contains(QStringLiteral("IPv6"))); // said plainly: not supported yet
        for (const QString &good : {QStringLiteral("192.0.2.53"), QStringLiteral("192.0.2.53:5353"), QString()}) {
            d.edit()->setText(good);
            QVERIFY2(d.isAcceptable(), qPrintable(good + QStringLiteral(": ") + d.problem()));
            QVERIFY(ok->isEnabled());
        }
        d.edit()->setText(QStringLiteral("127.0.0.1:%1").arg(m_dns.port()));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(QSettings().value(QLatin1String(net::kDnsServerSettingKey)).toString(), QStringLiteral("127.0.0.1:%1").arg(m_dns.port()));
        QCOMPARE(net::defaultServer(), std::optional<net::DnsServer>(net::DnsServer{QHostAddress(QHostAddress::LocalHost), m_dns.port()}));
        // Empty: the system's resolvers, at once.
        DnsServerDialog again;
        QCOMPARE(again.edit()->text(), QStringLiteral("127.0.0.1:%1").arg(m_dns.port())); // shows what is saved
        again.edit()->clear();
        again.accept();
        QVERIFY(!net::defaultServer());
        QCOMPARE(QSettings().value(QLatin1String(net::kDnsServerSettingKey)).toString(), QString());
        QSettings().remove(QLatin1String(net::kDnsServerSettingKey));
        useDns(m_dns.port());
    }

    void recheckDue_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<qint64>("last"); // -1: no run yet
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("due");
        const qint64 t = 1'800'000'000;
        QTest::newRow("never, no run") << int(RecheckInterval::Never) << qint64(-1) << t << false;
        QTest::newRow("never, a year on") << int(RecheckInterval::Never) << t << t + 365 * 86400 << false;
        QTest::newRow("day, no run yet") << int(RecheckInterval::Day) << qint64(-1) << t << true;
        QTest::newRow("day, an hour on") << int(RecheckInterval::Day) << t << t + 3600 << false;
        QTest::newRow("day, 23h59 on") << int(RecheckInterval::Day) << t << t + 86399 << false;
        QTest::newRow("day, a day on") << int(RecheckInterval::Day) << t << t + 86400 << true;
        QTest::newRow("week, six days on") << int(RecheckInterval::Week) << t << t + 6 * 86400 << false;
        QTest::newRow("week, a week on") << int(RecheckInterval::Week) << t << t + 7 * 86400 << true;
        QTest::newRow("day, clock went back") << int(RecheckInterval::Day) << t << t - 3600 << true;
    }

    void recheckDue()
    {
        QFETCH(int, interval);
        QFETCH(qint64, last);
        QFETCH(qint64, now);
        QFETCH(bool, due);
        QCOMPARE(ui::recheckDue(RecheckInterval(interval), last < 0 ? std::nullopt : std::optional<qint64>(last), now), due);
    }

    /** The schedule in the view with a pinned clock: due → runs and saves; an hour later → not
     *  due, nothing runs; a day later, after the domain broke → runs and says what changed (no
     *  tray offscreen: the banner and the window's status line). */
    void scheduledRecheck()
    {
        // A domain of its own, so other tests' runs are not its history; first good.
        test::DnsServer dns;
        QStringList zones = test::selfCheckZones();
        test::DomainZone z;
        z.domain = QStringLiteral("changing.test");
        z.mxIp = QStringLiteral("192.0.2.40");
        zones += test::zoneLines(z);
        QVERIFY(dns.start(zones));
        useDns(dns.port());

        qint64 now = 1'800'000'000;
        SelfCheckView v;
        v.setDatabase(m_db);
        v.setClock([&now] { return now; });
        v.setTrayAllowed(false);
        SelfCheckForm f = formFor(QStringLiteral("changing.test"));
        f.recheck = RecheckInterval::Day;
        QSettings s;
        f.save(s);
        s.sync();
        QSignalSpy checked(&v, &SelfCheckView::scheduleChecked);
        QSignalSpy changes(&v, &SelfCheckView::changesFound);
        QSignalSpy notified(&v, &SelfCheckView::notify);

        v.checkSchedule(); // no run yet: due
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.last().at(0).toBool(), true);
        QCOMPARE(changes.size(), 0);
        auto st = store::Store::open(m_db);
        QVERIFY(st);
        auto last = selfcheck::lastRun(st.value()->db(), QStringLiteral("changing.test"));
        QVERIFY(last && last.value());
        QCOMPARE(last.value()->checkedUtc, now);

        now += 3600; // an hour later: not due
        v.checkSchedule();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 30000);
        QCOMPARE(checked.last().at(0).toBool(), false);
        QCOMPARE(selfcheck::runs(st.value()->db(), QStringLiteral("changing.test"))->size(), 1);

        // The domain breaks: SPF +all now.
        dns.stop();
        z.spf = QStringLiteral("v=spf1 +all");
        QStringList fresh = test::selfCheckZones();
        fresh += test::zoneLines(z);
        QVERIFY(dns.start(fresh));
        useDns(dns.port());

        now += 86400; // a day later: due
        v.checkSchedule();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 3, 60000);
        QCOMPARE(checked.last().at(0).toBool(), true);
        QCOMPARE(changes.size(), 1);
        const QStringList lines = changes.first().at(0).toStringList();
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("changing.test")), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(!v.banner()->isHidden());
        QVERIFY(v.banner()->text().contains(lines.first()));
        QVERIFY(notified.size() >= 1);
        QCOMPARE(*v.shownSeverity(), Severity::Severe);
        QCOMPARE(selfcheck::runs(st.value()->db(), QStringLiteral("changing.test"))->size(), 2);

        // Never: nothing runs whatever the clock says.
        f.recheck = RecheckInterval::Never;
        f.save(s);
        now += 30 * 86400;
        v.checkSchedule();
        QCOMPARE(checked.size(), 4);
        QCOMPARE(checked.last().at(0).toBool(), false);
        useDns(m_dns.port());
    }

    /** The window: View > Self-check (Ctrl+5) shows the view, F5 there runs the check (not a sync),
     *  Tools > DNS server… exists. */
    void inTheWindow()
    {
        const QString db = m_dir.filePath(QStringLiteral("window.db")); // no account: the welcome page
        QVERIFY(store::Store::open(db));
        MainWindow w(db);
        w.resize(1200, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // The welcome page leads to the self-check too: it needs no account.
        QTRY_VERIFY(w.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
        w.findChild<QPushButton *>(QStringLiteral("selfCheckButton"))->click();
        QVERIFY(w.findChild<SelfCheckView *>(QStringLiteral("selfCheckView"))->isVisible());
        w.findChild<QAction *>(QStringLiteral("viewMailAction"))->trigger();
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
        auto *action = w.findChild<QAction *>(QStringLiteral("viewSelfcheckAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
        auto *view = w.findChild<SelfCheckView *>(QStringLiteral("selfCheckView"));
        QVERIFY(view);
        action->trigger();
        QCOMPARE(w.findChild<QStackedWidget *>(QStringLiteral("views"))->currentWidget(), view);
        QVERIFY(w.findChild<QAction *>(QStringLiteral("syncAllAction"))->shortcut().isEmpty());
        QVERIFY(w.findChild<QAction *>(QStringLiteral("dnsServerAction")));
        view->setForm(formFor(QStringLiteral("good.test"), QStringLiteral("s1")));
        QSignalSpy done(view, &SelfCheckView::finished);
        view->domainEdit()->setFocus();
        QTest::keyClick(view->domainEdit(), Qt::Key_F5);
        QVERIFY(done.wait(60000));
        w.findChild<QAction *>(QStringLiteral("viewMailAction"))->trigger();
        QCOMPARE(w.findChild<QAction *>(QStringLiteral("syncAllAction"))->shortcut(), QKeySequence(QKeySequence::Refresh));
    }


    /** The forged mailbox: its charts are there, with the planted spike marked and the planted
     *  backscatter per week; the forged mail's origin IPs and the DMARC sources are listed. */
    void forgedMailboxCharts()
    {
        QVERIFY(syncForged());
        SelfCheckView v;
        setUpForged(v, formFor(QStringLiteral("good.test"), QStringLiteral("s1")));
        QCOMPARE(v.accountBox()->currentData().toString(), QStringLiteral("forged"));
        QVERIFY(runAndWait(v, 180000));
        const SelfCheckOutcome &o = *v.outcome();
        QVERIFY2(o.mailboxScanned, qPrintable(o.mailboxProblem));
        QCOMPARE(o.mailbox.sentMessages, qint64(m_forged.sentMessages));
        QVERIFY(tableIds(v).contains(QStringLiteral("mailbox.sent-spike")));
        QVERIFY(tableIds(v).contains(QStringLiteral("mailbox.backscatter")));
        QCOMPARE(*v.shownSeverity(), Severity::Severe);

        // Sent per day: a line, and the spike as a marked point with the planted count.
        QChart *sent = v.sentView()->chart();
        QScatterSeries *spikes = nullptr;
        for (QAbstractSeries *x : sent->series())
            if (auto *sc = qobject_cast<QScatterSeries *>(x))
                spikes = sc;
        QVERIFY(spikes);
        bool marked = false;
        const double spikeMs = double(m_forged.spikeDay.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
        for (const QPointF &p : spikes->points())
            marked = marked || (qAbs(p.x() - spikeMs) < 86400e3 && int(p.y()) == m_forged.spikeCount);
        QVERIFY2(marked, qPrintable(m_forged.spikeDay.toString(Qt::ISODate)));
        QVERIFY(sent->title().contains(QString::number(m_forged.spikeCount)));

        // Bounces per week: the backscatter set holds every forged bounce and complaint.
        QChart *bounces = v.bouncesView()->chart();
        auto *bars = qobject_cast<QStackedBarSeries *>(bounces->series().value(0));
        QVERIFY(bars);
        double backscatter = 0;
        for (int i = 0; i < bars->barSets().first()->count(); ++i)
            backscatter += bars->barSets().first()->at(i);
        QCOMPARE(int(backscatter), m_forged.backscatter + m_forged.forgedComplaints);
        QVERIFY(bars->barSets().first()->count() >= 12); // every week of the 90 days

        // The forged mail's origins, and who sends as the domain.
        QStringList origins;
        for (int r = 0; r < v.originsTable()->rowCount(); ++r)
            origins << v.originsTable()->item(r, 0)->text();
        for (const QString &ip : m_forged.backscatterIps)
            QVERIFY2(origins.contains(ip), qPrintable(ip + QStringLiteral(" not in ") + origins.join(QLatin1Char(' '))));
        QStringList senders;
        for (int r = 0; r < v.dmarcTable()->rowCount(); ++r)
            senders << v.dmarcTable()->item(r, 0)->text();
        for (const QString &ip : m_forged.dmarcFailingIps)
            QVERIFY2(senders.contains(ip), qPrintable(ip));

        // Without the password (none this session, no password command): the mailbox is not
        // read, the result says why, and the DNS part still runs.
        SelfCheckView noPassword;
        setUpForged(noPassword, formFor(QStringLiteral("good.test"), QStringLiteral("s1")));
        noPassword.setCredentialsProvider([](const QString &) { return std::optional<QByteArray>(QByteArray()); });
        QVERIFY(runAndWait(noPassword));
        QVERIFY(!noPassword.outcome()->mailboxScanned);
        QVERIFY2(noPassword.outcome()->mailboxProblem.contains(QStringLiteral("No password")),
                 qPrintable(noPassword.outcome()->mailboxProblem));
        QVERIFY(noPassword.summaryLabel()->text().contains(QStringLiteral("mailbox was not read")));
        QVERIFY(tableIds(noPassword).contains(QStringLiteral("mx.ok")) || noPassword.findingsTable()->rowCount() > 3);

        // The JSON export carries the mailbox part.
        const QString path = m_dir.filePath(QStringLiteral("forged.json"));
        QSignalSpy exported(&v, &SelfCheckView::exported);
        v.exportReport(path);
        QVERIFY(exported.wait(30000));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(root.value(QStringLiteral("mailbox")).isObject());
        QVERIFY(!root.value(QStringLiteral("mailbox")).toObject().isEmpty());
    }

    /** Not a test: the screenshot for the docs (MAILTIDE_SHOT_OUT: where to save the PNG). */
    void shot()
    {
        const QString out = qEnvironmentVariable("MAILTIDE_SHOT_OUT");
        if (out.isEmpty())
            QSKIP("set MAILTIDE_SHOT_OUT to save a screenshot");
        // The app loads its translation at start (English plurals: "4 severe problems"); the shot
        // does the same from the built .qm when MAILTIDE_SHOT_QM names it.
        QTranslator translator;
        if (const QString qm = qEnvironmentVariable("MAILTIDE_SHOT_QM"); !qm.isEmpty()) {
            QVERIFY2(translator.load(qm), qPrintable(qm));
            QCoreApplication::installTranslator(&translator);
        }
        QVERIFY(syncForged());
        SelfCheckView v;
        v.resize(1400, 900);
        SelfCheckForm f = formFor(QStringLiteral("good.test"), QStringLiteral("s1"));
        f.ips = QStringLiteral("192.0.2.30"); // an outbound address without forward-confirmed reverse DNS
        if (geteuid() == 0) {
            f.relayHost = QStringLiteral("%1:%2").arg(m_open.host()).arg(m_open.port());
            f.relayConfirmed = true;
        }
        f.recheck = RecheckInterval::Week;
        setUpForged(v, f);
        v.show();
        QVERIFY(runAndWait(v, 180000));
        // The open relay's transcript in the detail pane, when it ran; else the worst finding.
        v.findingsTable()->selectRow(std::max<int>(0, int(tableIds(v).indexOf(QStringLiteral("smtp.open-relay")))));
        QTest::qWait(200);
        QVERIFY(v.grab().save(out));
        v.tabs()->setCurrentIndex(1);
        QTest::qWait(200);
        QString mailbox = out;
        mailbox.replace(QStringLiteral("report"), QStringLiteral("mailbox"));
        QVERIFY(v.grab().save(mailbox));
        QSignalSpy exported(&v, &SelfCheckView::exported);
        v.exportReport(out + QStringLiteral(".pdf")); // to look at, not for the repository
        QVERIFY(exported.wait(30000));
    }
};

QTEST_MAIN(TestSelfCheckView)
#include "tst_selfcheckview.moc"
