#pragma once

#include "../core/TestSupport.h"
#include "io/TableWriter.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace WriterTest {

inline const QString kPython = QStringLiteral("/usr/bin/python3");

// Whether Debian's python has the module (tests skip when it truly is not installed).
inline bool pythonHas(const QString &module)
{
    QProcess process;
    process.start(kPython, { QStringLiteral("-c"), QStringLiteral("import ") + module });
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Runs a python script with arguments and parses the JSON it prints; fails the test when it does not run.
inline QJsonDocument runPythonJson(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.start(kPython, QStringList { QStringLiteral("-c"), script } + arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        ADD_FAILURE() << "python failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError)
        ADD_FAILURE() << "python printed no JSON: " << error.errorString();
    return document;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path;
        return {};
    }
    return file.readAll();
}

// Files in dir other than the given ones: a failed or cancelled export must leave no temporary files behind.
inline QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

#ifdef Q_OS_UNIX
// Makes every file this process writes fail beyond `bytes` (EFBIG), which is how a full disk looks to a
// writer, without needing a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved {};
    void (*m_savedHandler)(int) = nullptr;
};

// A real, nearly full disk: a tmpfs of `bytes` mounted on a folder, where a write fails with ENOSPC as on a full
// drive. Mounting needs root (CI runs as root); mounted() is false elsewhere and the test skips itself.
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes)
    {
        if (!m_dir.isValid())
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                            QStringLiteral("size=%1").arg(bytes), QStringLiteral("tmpfs"), m_dir.path() })
            == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), { m_dir.path() });
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;
    bool mounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};
#endif

// One column of each type a writer knows.
inline const QList<TableColumn> kTypedColumns = {
    { QStringLiteral("Name"), TableColumn::Type::Text },
    { QStringLiteral("Count"), TableColumn::Type::Integer },
    { QStringLiteral("Score"), TableColumn::Type::Number },
    { QStringLiteral("Amount"), TableColumn::Type::Money },
    { QStringLiteral("Since"), TableColumn::Type::Date },
    { QStringLiteral("Seen"), TableColumn::Type::DateTime },
    { QStringLiteral("Active"), TableColumn::Type::Bool },
};

} // namespace WriterTest
