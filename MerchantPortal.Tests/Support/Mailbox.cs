using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace MerchantPortal.Tests.Support;

/// <summary>Reads the .eml files the portal's pickup-folder sender wrote, as a mail client would.</summary>
public sealed partial class Mailbox(string directory)
{
    public IReadOnlyList<MimeMessage> To(string address) =>
        (Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml") : [])
            .Order()
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>The newest message to <paramref name="address"/>; account emails go out in the background, so it waits up to 10 s.</summary>
    public MimeMessage Last(string address)
    {
        for (var i = 0; i < 100; i++)
        {
            if (To(address).LastOrDefault() is { } message)
            {
                return message;
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException($"No email was sent to {address}.");
    }

    /// <summary>The first link in the message whose address contains <paramref name="pathPart"/>.</summary>
    public static string Link(MimeMessage message, string pathPart) =>
        LinkPattern().Matches(message.HtmlBody ?? "")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .First(href => href.Contains(pathPart, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();
}
