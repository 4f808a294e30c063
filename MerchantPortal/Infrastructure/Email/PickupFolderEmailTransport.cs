using Microsoft.Extensions.Options;

namespace MerchantPortal.Infrastructure.Email;

/// <summary>
/// Writes each message as an .eml file, so the portal works with no mail server: open the file in
/// any mail client. The file appears whole or not at all (written to a temp name, then renamed).
/// </summary>
public sealed class PickupFolderEmailTransport(IOptions<EmailOptions> options, string directory, TimeProvider clock)
    : IEmailTransport
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = MimeMessageFactory.Create(options.Value, message);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var temp = Path.Combine(directory, name + ".tmp");
        await using (var stream = File.Create(temp))
        {
            await mime.WriteToAsync(stream, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }

        File.Move(temp, Path.Combine(directory, name));
    }
}
