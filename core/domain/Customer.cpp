#include "Customer.h"

#include <QCoreApplication>

QString toString(CustomerKind kind)
{
    return kind == CustomerKind::Company ? QStringLiteral("company") : QStringLiteral("individual");
}

std::optional<CustomerKind> customerKindFromString(const QString &text)
{
    if (text == QLatin1String("company"))
        return CustomerKind::Company;
    if (text == QLatin1String("individual"))
        return CustomerKind::Individual;
    return std::nullopt;
}

QString displayName(CustomerKind kind)
{
    return kind == CustomerKind::Company ? QCoreApplication::translate("Customer", "Company")
                                         : QCoreApplication::translate("Customer", "Individual");
}

QString toString(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Lead:
        return QStringLiteral("lead");
    case LifecycleStage::Prospect:
        return QStringLiteral("prospect");
    case LifecycleStage::Customer:
        return QStringLiteral("customer");
    case LifecycleStage::Inactive:
        return QStringLiteral("inactive");
    }
    return {};
}

std::optional<LifecycleStage> lifecycleStageFromString(const QString &text)
{
    for (LifecycleStage stage : allLifecycleStages()) {
        if (toString(stage) == text)
            return stage;
    }
    return std::nullopt;
}

QString displayName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Lead:
        return QCoreApplication::translate("Customer", "Lead");
    case LifecycleStage::Prospect:
        return QCoreApplication::translate("Customer", "Prospect");
    case LifecycleStage::Customer:
        return QCoreApplication::translate("Customer", "Customer");
    case LifecycleStage::Inactive:
        return QCoreApplication::translate("Customer", "Inactive");
    }
    return {};
}

const QList<LifecycleStage> &allLifecycleStages()
{
    static const QList<LifecycleStage> stages { LifecycleStage::Lead, LifecycleStage::Prospect,
        LifecycleStage::Customer, LifecycleStage::Inactive };
    return stages;
}
