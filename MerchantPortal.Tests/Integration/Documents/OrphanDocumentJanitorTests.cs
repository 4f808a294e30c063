using MerchantPortal.Features.Documents;
using MerchantPortal.Infrastructure.Storage;
using MerchantPortal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MerchantPortal.Tests.Integration.Documents;

public class OrphanDocumentJanitorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Sweep_RemovesOldFilesWithoutARow_AndKeepsNewOnes()
    {
        var store = factory.Services.GetRequiredService<DocumentStore>();
        var oldOrphan = await StoreAsync(store, [1, 2, 3]);
        var newOrphan = await StoreAsync(store, [4, 5, 6]);
        File.SetLastWriteTimeUtc(Path.Combine(store.Root, oldOrphan), factory.Clock.GetUtcNow().UtcDateTime.AddHours(-2));
        File.WriteAllBytes(Path.Combine(store.Root, "0123abcd.tmp"), [7]);
        File.SetLastWriteTimeUtc(Path.Combine(store.Root, "0123abcd.tmp"), factory.Clock.GetUtcNow().UtcDateTime.AddHours(-2));

        var removed = await factory.Services.GetRequiredService<OrphanDocumentJanitor>().SweepAsync();

        Assert.Equal(2, removed);
        Assert.False(File.Exists(Path.Combine(store.Root, oldOrphan)));
        Assert.True(File.Exists(Path.Combine(store.Root, newOrphan)));
    }

    private static async Task<string> StoreAsync(DocumentStore store, byte[] content)
    {
        using var temporary = store.CreateTemporary();
        await File.WriteAllBytesAsync(temporary.Path, content);
        return (await store.KeepAsync(temporary.Path)).StoredName;
    }
}
