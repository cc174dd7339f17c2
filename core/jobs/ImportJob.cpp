#include "jobs/ImportJob.h"

#include "classify/Classifier.h"
#include "classify/Learner.h"
#include "localmail/LocalImporter.h"
#include "senders/ArrivalDnsbl.h"
#include "store/Store.h"

#include <QLocale>
#include <QSettings>

namespace mailtide::jobs {

ImportJob::ImportJob(QString dbPath, QString account, QStringList paths, bool seedDefaultModel, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_account(std::move(account)), m_paths(std::move(paths)),
      m_seedDefaultModel(seedDefaultModel)
{
}

void ImportJob::run()
{
    auto store = store::Store::open(m_dbPath);
    if (!store) {
        Q_EMIT finished(false, store.error().toString(), 0, 0);
        return;
    }
    // The classifier: this profile's model, or the shipped default on a first run.
    classify::Model model;
    classify::Learner learner(store.value()->db(), model);
    if (Status st = learner.load(); !st) {
        Q_EMIT finished(false, st.error().toString(), 0, 0);
        return;
    }
    if (m_seedDefaultModel && model.spamMessages() == 0 && model.hamMessages() == 0) {
        const QString file = classify::defaultModelPath();
        if (!file.isEmpty())
            (void)classify::importDefaultModel(store.value()->db(), model, file); // without it: unsure
    }
    const classify::Classifier classifier(model, learner.weights());
    auto arrivalFrom = senders::lastMessageId(store.value()->db());
    localmail::LocalImporter importer(*store.value());
    importer.setClassifier(&classifier);
    importer.setCancelFlag(&m_cancel);
    importer.setProgress([this](const localmail::ImportProgress &p) {
        Q_EMIT progress(p.bytesDone, p.bytesTotal, p.seen, p.added);
    });
    auto report = importer.import(m_account, m_paths);
    if (!report) {
        Q_EMIT finished(false, report.error().toString(), 0, 0);
        return;
    }
    const auto &r = report.value();
    // Block list look-ups of the new messages' origin IPs, when the user switched them on: on
    // their own pool, after the import's work, so they never hold its progress up.
    if (r.added > 0 && arrivalFrom)
        senders::scheduleArrivalLookUps(m_dbPath, arrivalFrom.value(), senders::DnsblSettings::load(QSettings()));
    QLocale loc;
    QString msg = r.cancelled ? tr("Import cancelled: %1 new messages kept, %2 already there.")
                              : tr("Imported %1 new messages (%2 already there) in %3 s.");
    msg = r.cancelled ? msg.arg(loc.toString(r.added), loc.toString(r.duplicates))
                      : msg.arg(loc.toString(r.added), loc.toString(r.duplicates), loc.toString(r.seconds, 'f', 1));
    if (!r.warnings.isEmpty())
        msg += QLatin1Char(' ') + tr("%n warning(s): %1", nullptr, int(r.warnings.size())).arg(r.warnings.first());
    Q_EMIT finished(true, msg, r.added, r.seen);
}

} // namespace mailtide::jobs
