#pragma once
/** @short Running a job object on its own QThread, and ending it: the one pattern every
 *  long-running job of the window follows (imports, syncs, moves, the account test).
 *
 * start: the job moves to a new thread (a child of owner) whose started() runs run(). finish:
 * quits that thread, waits for it (run() has returned: its finished signal was its last act, or
 * it was cancelled), and deletes both. */
#include <QThread>

namespace mailtide::ui {

template<typename Job>
QThread *startWorker(QObject *owner, Job *job, const QString &name)
{
    auto *thread = new QThread(owner);
    thread->setObjectName(name);
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, &Job::run);
    return thread;
}

template<typename Job>
void finishWorker(QThread *&thread, Job *&job)
{
    if (!thread)
        return;
    thread->quit();
    thread->wait();
    delete job;
    job = nullptr;
    delete thread;
    thread = nullptr;
}

} // namespace mailtide::ui
