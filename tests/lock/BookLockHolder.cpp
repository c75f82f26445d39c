// A second Clientele for the tests: takes the lock of the book named on the command line, says "locked" and holds
// it until its standard input closes (or it is killed, which leaves a stale lock file behind).

#include "db/BookLock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: book_lock_holder BOOK\n");
        return 2;
    }
    auto lock = BookLock::acquire(QString::fromLocal8Bit(argv[1]));
    if (!lock) {
        std::fprintf(stderr, "%s\n", qPrintable(lock.error().message));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) { }
    return 0;
}
