#include "Cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {
QtMessageHandler g_previousHandler = nullptr;

/** Headless, Qt warns that XDG_RUNTIME_DIR is unset (cron jobs have none) and falls back to a
 *  private folder: noise on stderr, where a job looks for our one-line errors. Everything else
 *  passes through. */
void quietHeadless(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // chart and report draw with Qt Charts, which needs widgets; headless (a cron job, a server)
    // they draw offscreen. The other commands never touch a display.
    std::unique_ptr<QCoreApplication> app;
    if (mailtide::cli::needsWidgets(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietHeadless);
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Mailtide"));
    QCoreApplication::setApplicationName(QStringLiteral("Mailtide"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILTIDE_VERSION));
    // Mailtide's debug logging is opt-in (QT_LOGGING_RULES="mailtide.*.debug=true").
    QLoggingCategory::setFilterRules(QStringLiteral("mailtide.*.debug=false"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mailtide"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mailtide::cli::run(QCoreApplication::arguments(), out, err);
}
