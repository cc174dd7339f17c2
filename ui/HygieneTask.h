#pragma once
/** @short One short piece of hygiene work on the store (read the log, the rules, make a plan,
 *  plan an unsubscribe) run on a worker thread for the HygieneView.
 *
 * Create it with a function, start it with ui::startWorker(). run() opens its own database
 * connection (STYLE 5), calls the function with it and emits finished(). The function writes its
 * results into state the caller shares with it (a shared_ptr); the caller reads that state only
 * after finished() arrived and finishWorker() joined the thread. cancel() may be called from any
 * thread; the function reads the flag where it can stop. */
#include "store/Store.h"
#include "util/Result.h"

#include <QObject>

#include <atomic>
#include <functional>

namespace mailtide::ui {

class HygieneTask : public QObject
{
    Q_OBJECT
public:
    using Fn = std::function<Status(store::Store &store, const std::atomic_bool &cancel)>;
    HygieneTask(QString dbPath, Fn fn, QObject *parent = nullptr);

    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** ok=false: message says why (or that it was cancelled). */
    void finished(bool ok, const QString &message);

private:
    QString m_dbPath;
    Fn m_fn;
    std::atomic_bool m_cancel{false};
};

} // namespace mailtide::ui
