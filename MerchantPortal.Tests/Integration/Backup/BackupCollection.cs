namespace MerchantPortal.Tests.Integration.Backup;

/// <summary>The backup tests share one portal and one backup taken during writes.</summary>
[CollectionDefinition(Name)]
public sealed class BackupCollection : ICollectionFixture<BackupFixture>
{
    public const string Name = "backup";
}
