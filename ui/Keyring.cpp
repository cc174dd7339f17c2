#include "Keyring.h"

#include <qt6keychain/keychain.h>

namespace mailtide::ui {

namespace {
const QString kService = QStringLiteral("Mailtide");
}

QString Keyring::keyFor(const QString &user, const QString &host, int port)
{
    return QStringLiteral("imap:%1@%2:%3").arg(user, host).arg(port);
}

void Keyring::read(const QString &key, ReadFn done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            done(true, job->binaryData(), {});
        else
            done(false, {}, job->errorString());
    });
    job->start();
}

void Keyring::write(const QString &key, const QByteArray &password, WriteFn done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(password);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)](QKeychain::Job *) {
        done(job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
}

void Keyring::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

} // namespace mailtide::ui
