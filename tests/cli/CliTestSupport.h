#pragma once

#include "../QStringPrinting.h"

// Running the real clientele-cli from a test, and reading what it prints.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

#ifndef CLIENTELE_CLI_PATH
#error "CLIENTELE_CLI_PATH must name the clientele-cli binary"
#endif

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline std::ostream &operator<<(std::ostream &os, const CliRun &run)
{
    return os << "exit " << run.exitCode << ", stdout " << run.out.left(2000) << ", stderr " << run.err;
}

// Runs `program` in `workingDirectory` and waits for it, with `environment` added to this process's.
inline CliRun runProgram(const QString &program, const QString &workingDirectory, const QStringList &arguments,
    const QMap<QString, QString> &environment = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        variables.insert(it.key(), it.value());
    process.setProcessEnvironment(variables);
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << "cannot start " << program << ": " << process.errorString();
        return run;
    }
    if (!process.waitForFinished(180000)) {
        ADD_FAILURE() << program << " " << arguments.join(QLatin1Char(' ')) << " did not finish";
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Runs the real clientele-cli in `workingDirectory` and waits for it, with `environment` added to this process's.
// The app's settings (the phone region the CLI falls back on) are the test's own, not the developer's.
inline CliRun runCli(
    const QString &workingDirectory, const QStringList &arguments, QMap<QString, QString> environment = {})
{
    if (!environment.contains(QStringLiteral("XDG_CONFIG_HOME")))
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), workingDirectory + QStringLiteral("/.config"));
    return runProgram(QStringLiteral(CLIENTELE_CLI_PATH), workingDirectory, arguments, environment);
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

// A failure the way the CLI promises it: a non-zero code and one line on stderr, "clientele-cli: ...".
inline void expectOneLineError(const CliRun &run)
{
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("clientele-cli: "))) << run;
    EXPECT_TRUE(run.err.endsWith(QLatin1Char('\n'))) << run;
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run;
}

inline QJsonArray jsonArray(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(document.isArray());
    return document.array();
}

inline QJsonObject jsonObject(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(document.isObject());
    return document.object();
}
