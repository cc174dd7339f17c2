#include "jobs/SyncJob.h"

#include "classify/Classifier.h"
#include "classify/Learner.h"
#include "hygiene/Rules.h"
#include "imap/Account.h"
#include "imap/Session.h"
#include "imap/Sync.h"
#include "senders/ArrivalDnsbl.h"
#include "store/Store.h"

#include <QDateTime>
#include <QLocale>
#include <QSettings>

namespace mailtide::jobs {

SyncJob::SyncJob(QString dbPath, store::ImapAccount account, QByteArray password, Mode mode, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_account(std::move(account)), m_password(std::move(password)),
      m_mode(mode)
{
}

SyncJob::~SyncJob()
{
    m_password.fill('\0');
}

void SyncJob::run()
{
    auto failed = [this](const Error &e, imap::FailureKind kind = imap::FailureKind::Other, const QString &fp = {},
                         const QString &pin = {}) { Q_EMIT finished(false, e.toString(), int(kind), fp, pin); };
    std::unique_ptr<store::Store> store;
    if (m_mode != Mode::Test) {
        auto st = store::Store::open(m_dbPath);
        if (!st)
            return failed(st.error());
        store = std::move(st.value());
        if (m_mode == Mode::Sync) {
            auto a = store->imapAccount(m_account.name);
            if (!a)
                return failed(a.error());
            m_account = a.value();
        }
    }
    auto endpoint = imap::endpointFor(m_account, m_password);
    m_password.fill('\0');
    if (!endpoint)
        return failed(endpoint.error(), imap::FailureKind::Authentication);
    imap::Connection c;
    c.setCancelFlag(&m_cancel);
    Status opened = c.open(endpoint.value());
    endpoint->password.fill('\0');
    endpoint->oauth2Token.fill('\0');
    if (!opened)
        return failed(opened.error(), c.failureKind(), c.peerCertificateSha256(), c.peerKeyPin());

    if (m_mode == Mode::Test) {
        imap::Session s(c);
        auto boxes = s.list();
        if (!boxes)
            return failed(boxes.error(), c.failureKind());
        Q_EMIT finished(true, tr("Connected and logged in; the server has %n folder(s).", nullptr, int(boxes->size())),
                        0, {}, {});
        return;
    }
    if (m_mode == Mode::AddAndSync) {
        auto id = store->addImapAccount(m_account);
        if (!id)
            return failed(id.error());
        m_account.id = id.value();
    }

    // Verdicts from this profile's model (the shipped default on a first run, as for imports).
    classify::Model model;
    classify::Learner learner(store->db(), model);
    if (Status st = learner.load(); !st)
        return failed(st.error());
    if (model.spamMessages() == 0 && model.hamMessages() == 0) {
        const QString file = classify::defaultModelPath();
        if (!file.isEmpty())
            (void)classify::importDefaultModel(store->db(), model, file);
    }
    const classify::Classifier classifier(model, learner.weights());
    auto arrivalFrom = senders::lastMessageId(store->db());
    imap::Syncer syncer(*store, c);
    if (model.spamMessages() > 0 && model.hamMessages() > 0)
        syncer.setClassifier(&classifier);
    syncer.setLearner(&learner);
    syncer.setCancelFlag(&m_cancel);
    syncer.setProgress([this](const imap::SyncProgress &p) {
        Q_EMIT progress(p.folder, p.folderIndex, p.folderCount, p.done, p.total, p.messagesPerSecond);
    });
    imap::SyncOptions o;
    o.fetchBytes = m_account.fetchBytes;
    auto r = syncer.sync(m_account.id, o);
    if (!r)
        return failed(r.error(), m_cancel ? imap::FailureKind::Cancelled : c.failureKind());
    if (r->learnedSpam + r->learnedHam > 0)
        (void)learner.saveSnapshot();
    // Block list look-ups of the new messages' origin IPs, when the user switched them on: on
    // their own pool, after this sync's work, so they never hold its progress up.
    if (r->added > 0 && arrivalFrom)
        senders::scheduleArrivalLookUps(m_dbPath, arrivalFrom.value(), senders::DnsblSettings::load(QSettings()));
    QLocale loc;
    QString msg = r->cancelled ? tr("Sync of %1 cancelled: %n new message(s) kept.", nullptr, int(r->added)).arg(m_account.name)
                               : tr("%1: %2 new, %3 removed, %4 spam found, in %5 s.")
                                     .arg(m_account.name, loc.toString(r->added), loc.toString(r->removed),
                                          loc.toString(r->spam), loc.toString(r->seconds, 'f', 1));
    const qint64 moves = r->movedToJunk + r->movedFromJunk;
    if (moves > 0)
        msg += QLatin1Char(' ') + tr("Learned from %n move(s): %1 spam, %2 not spam.", nullptr, int(moves))
                                      .arg(loc.toString(r->movedToJunk), loc.toString(r->movedFromJunk));
    // The user's hygiene rules run on what the sync brought in (hygiene/Rules.h).
    if (!r->cancelled) {
        auto ruled = hygiene::applyRules(*store, c, m_account.name, QDateTime::currentSecsSinceEpoch());
        qint64 moved = 0;
        int failedRules = 0;
        for (const hygiene::RuleOutcome &ro : ruled ? ruled.value() : QVector<hygiene::RuleOutcome>()) {
            moved += ro.moved;
            failedRules += ro.error.isEmpty() ? 0 : 1;
        }
        if (moved > 0)
            msg += QLatin1Char(' ') + tr("Your rules moved %n message(s).", nullptr, int(moved));
        if (!ruled || failedRules > 0)
            msg += QLatin1Char(' ') + tr("Some rules could not run (see the hygiene log).");
    }
    Q_EMIT finished(true, msg, 0, {}, {});
}

} // namespace mailtide::jobs
