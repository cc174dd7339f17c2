#pragma once
/** @short The first screen when the store has no account: what Mailtide is and four ways in,
 *  and the self-check of the user's own domain (which needs no account).
 *
 * Only asks: it emits a request and the main window acts. */
#include <QWidget>

namespace mailtide::ui {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void addImapRequested();    ///< an IMAP account
    void openFileRequested();   ///< an mbox or .eml file
    void openFolderRequested(); ///< a Maildir or a folder of .eml files
    void openSampleRequested();
    void selfCheckRequested();  ///< the Self-check view
};

} // namespace mailtide::ui
