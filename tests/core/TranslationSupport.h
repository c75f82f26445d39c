#pragma once

// The app's translations in core tests: what core stores or says in the user's language.

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

// The app's translator for `language` installed for the caller's scope (English carries the plural forms).
// The .qm files are the core_tests resource "test_translations" (tests/CMakeLists.txt).
inline std::shared_ptr<QTranslator> useLanguage(const QString &language)
{
    auto translator = std::shared_ptr<QTranslator>(new QTranslator, [](QTranslator *t) {
        QCoreApplication::removeTranslator(t);
        delete t;
    });
    EXPECT_TRUE(translator->load(QStringLiteral(":/i18n/clientele_%1.qm").arg(language)));
    QCoreApplication::installTranslator(translator.get());
    return translator;
}
