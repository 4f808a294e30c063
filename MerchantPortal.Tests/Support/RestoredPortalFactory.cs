namespace MerchantPortal.Tests.Support;

/// <summary>The real portal started on an existing data folder, e.g. one a restore has just filled.</summary>
public sealed class RestoredPortalFactory(string dataFolder) : PortalFactory(dataFolder);
