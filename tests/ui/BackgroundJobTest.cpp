#include "BackgroundJob.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

namespace {

TEST(BackgroundJobTest, QuickWorkShowsNoDialogAndLongWorkCanBeCancelledFromIt)
{
    QWidget parent;
    parent.show();
    bool ran = false;
    EXPECT_TRUE(BackgroundJob::runWithProgress(
        &parent, QStringLiteral("Quick"), [&ran](const auto &progress, const std::atomic_bool &) {
            progress(1.0);
            ran = true;
        }));
    EXPECT_TRUE(ran);
    EXPECT_EQ(parent.findChild<QProgressDialog *>(), nullptr); // gone with the call

    // Long work: after half a second the dialog shows; its Cancel stops the work.
    bool sawDialog = false;
    QTimer::singleShot(900, [&sawDialog] {
        auto dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = dialog->isVisible() && dialog->labelText() == QStringLiteral("Long");
        dialog->findChild<QPushButton *>()->click();
    });
    bool stopped = false;
    const bool finished = BackgroundJob::runWithProgress(
        &parent, QStringLiteral("Long"), [&stopped](const auto &progress, const std::atomic_bool &cancel) {
            for (int i = 0; i < 1000 && !cancel; ++i) { // at most ten seconds
                progress(i / 1000.0);
                QThread::msleep(10);
            }
            stopped = cancel;
        });
    EXPECT_TRUE(sawDialog);
    EXPECT_FALSE(finished);
    EXPECT_TRUE(stopped);
}

TEST(BackgroundJobTest, WorkThatCannotStopShowsABusyBarWithoutCancel)
{
    QWidget parent;
    parent.show();
    bool busyWithoutCancel = false;
    QTimer::singleShot(800, [&busyWithoutCancel] {
        auto dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        busyWithoutCancel
            = dialog && dialog->isVisible() && dialog->maximum() == 0 && dialog->findChild<QPushButton *>() == nullptr;
    });
    bool done = false;
    EXPECT_TRUE(BackgroundJob::runWithProgress(
        &parent, QStringLiteral("Saving"),
        [&done](const auto &, const std::atomic_bool &) {
            QThread::msleep(1200);
            done = true;
        },
        false));
    EXPECT_TRUE(done);
    EXPECT_TRUE(busyWithoutCancel);
}

} // namespace
