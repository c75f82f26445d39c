#include <QCoreApplication>

#include <gtest/gtest.h>

// Qt resources (the embedded migrations) and QSqlDatabase need an application object before any test runs.
int main(int argc, char *argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    // clientele-cli speaks the user's language: the tests expect English unless they ask for another.
    qputenv("LANGUAGE", "en");
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
