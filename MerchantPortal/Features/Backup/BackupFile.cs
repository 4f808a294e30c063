namespace MerchantPortal.Features.Backup;

/// <summary>One file of a backup: its path relative to the backup folder (always with '/'), size and SHA-256 (hex).</summary>
public sealed record BackupFile(string Path, long Size, string Sha256);
