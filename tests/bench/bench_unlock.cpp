// Unlock cost: scrypt key derivation at the production parameters, and opening the encrypted database.
#include "storage/Database.h"
#include "storage/KeyVault.h"
#include "storage/Replica.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace novamind;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("replica.db"));
    Fixture()
    {
        auto r = Replica::create(path, QStringLiteral("bench.user"), "bench passphrase", Role::Clinician, {});
        if (!r.ok())
            qFatal("cannot create the benchmark replica");
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void BM_UnwrapKeySlot(benchmark::State &state)
{
    auto vault = KeyVault::load(Replica::keysPathFor(fixture().path));
    for (auto _ : state) {
        auto dek = vault->unlock(QStringLiteral("bench.user"), "bench passphrase");
        benchmark::DoNotOptimize(dek.ok());
    }
}
BENCHMARK(BM_UnwrapKeySlot)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_WrongPassphrase(benchmark::State &state)
{
    auto vault = KeyVault::load(Replica::keysPathFor(fixture().path));
    for (auto _ : state) {
        auto dek = vault->unlock(QStringLiteral("bench.user"), "wrong passphrase");
        benchmark::DoNotOptimize(dek.ok());
    }
}
BENCHMARK(BM_WrongPassphrase)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_OpenDatabaseWithKey(benchmark::State &state)
{
    auto vault = KeyVault::load(Replica::keysPathFor(fixture().path));
    auto dek = vault->unlock(QStringLiteral("bench.user"), "bench passphrase");
    for (auto _ : state) {
        auto db = Database::open(fixture().path, dek.value(), Database::Mode::OpenExisting);
        benchmark::DoNotOptimize(db.ok());
    }
}
BENCHMARK(BM_OpenDatabaseWithKey)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
