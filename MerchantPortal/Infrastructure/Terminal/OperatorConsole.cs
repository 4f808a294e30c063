namespace MerchantPortal.Infrastructure.Terminal;

/// <summary>
/// The operator's terminal (standard output): where one-time links and demo credentials are shown.
/// Deliberately not the logger, whose output is stored and shipped elsewhere.
/// </summary>
public sealed class OperatorConsole(TextWriter writer)
{
    public async Task WriteAsync(string text)
    {
        await writer.WriteLineAsync(text);
        await writer.FlushAsync();
    }
}
