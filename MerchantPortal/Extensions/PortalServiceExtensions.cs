using FluentValidation;
using MerchantPortal.Components.Account;
using MerchantPortal.Components.Account.Forms;
using MerchantPortal.Components.Account.TwoFactor;
using MerchantPortal.Infrastructure.Passwords;
using MerchantPortal.Data;
using MerchantPortal.Features.Audit;
using MerchantPortal.Features.Banking;
using MerchantPortal.Features.Catalogue;
using MerchantPortal.Features.Credentials;
using MerchantPortal.Features.Dashboard;
using MerchantPortal.Features.Demo;
using MerchantPortal.Features.Documents;
using MerchantPortal.Features.GoLive;
using MerchantPortal.Features.Home;
using MerchantPortal.Features.Notifications;
using MerchantPortal.Features.Onboarding;
using MerchantPortal.Features.Onboarding.Wizard;
using MerchantPortal.Features.Organizations;
using MerchantPortal.Features.Reports.Dossier;
using MerchantPortal.Features.Requirements;
using MerchantPortal.Features.SampleMerchant;
using MerchantPortal.Features.Settings;
using MerchantPortal.Features.Setup;
using MerchantPortal.Features.Users;
using MerchantPortal.Infrastructure.Authorization;
using MerchantPortal.Infrastructure.Banking;
using MerchantPortal.Infrastructure.Terminal;
using MerchantPortal.Infrastructure.Email;
using MerchantPortal.Infrastructure.Hosting;
using MerchantPortal.Infrastructure.Keys;
using MerchantPortal.Infrastructure.Pdf;
using MerchantPortal.Infrastructure.Localization;
using MerchantPortal.Infrastructure.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MerchantPortal.Platforms;
using MerchantPortal.Platforms.Alipay;
using MerchantPortal.Platforms.WeChatPay;
using MerchantPortal.Platforms.Sandbox;
using MudBlazor.Services;
using MerchantPortal.Features.Review;
using MerchantPortal.Infrastructure.Audit;
using MerchantPortal.Infrastructure.Settings;

namespace MerchantPortal.Extensions;

/// <summary>The one place where the portal's services are registered.</summary>
public static class PortalServiceExtensions
{
    public static WebApplicationBuilder AddPortalServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var dataDirectory = new DataDirectory(builder.Environment.ContentRootPath, builder.Configuration["Portal:DataDirectory"]);
        services.AddSingleton(dataDirectory);
        services.AddSingleton(TimeProvider.System);

        services.AddSecureTransport(builder.Configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalization();
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);

        services.AddDbContextFactory<PortalDbContext>(options => options
            .UseSqlite(PortalDatabase.ConnectionString(builder.Configuration, dataDirectory))
            .AddInterceptors(new SqliteConnectionInterceptor()));
        // Identity's stores take a context per request; the interactive components use the factory instead.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());

        services.AddDataProtection()
            .SetApplicationName("MerchantPortal")
            .PersistKeysToFileSystem(new DirectoryInfo(dataDirectory.Combine("keys")))
            .ProtectKeysAtRest(builder.Configuration, builder.Environment, dataDirectory);
        services.AddSingleton(AuditKeyRing.Load(builder.Configuration, builder.Environment, dataDirectory, services));

        builder.AddPortalIdentity();
        builder.AddPortalEmail(dataDirectory);

        services.AddScoped<OrganizationService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<InvitationEmail>();
        services.AddScoped<ApplicationService>();
        services.AddCatalogue();
        services.AddScoped<RequirementsService>();
        services.AddScoped<DocumentService>();
        services.AddScoped<MicroDepositService>();
        services.AddScoped<SubmissionService>();
        services.AddSingleton<CredentialStore>();
        services.AddScoped<CredentialService>();
        services.AddScoped<KeyService>();
        services.AddScoped<SampleMerchantReceiver>();
        services.AddScoped<CredentialIssuer>();
        services.AddSingleton<SandboxCertificateAuthority>();
        services.AddAlipay();
        services.AddWeChatPay();
        services.AddSandboxCallbacks();
        services.AddSandboxRateLimit(builder.Configuration);
        services.AddGoLive();
        services.AddDashboard();
        // Outside production the sandbox bank remits onto a statement the applicant can read; in production
        // a real bank integration replaces UnconfiguredBank.
        if (builder.Configuration.GetValue<bool>(SandboxServices.EnabledKey))
        {
            services.AddScoped<IBankTransfers, SandboxBank>();
        }
        else
        {
            services.AddScoped<IBankTransfers, UnconfiguredBank>();
        }
        services.AddSingleton<DocumentStore>();
        services.AddDocumentUploads(builder.Configuration);
        services.AddSingleton<OrphanDocumentJanitor>();
        services.AddHostedService(sp => sp.GetRequiredService<OrphanDocumentJanitor>());
        services.AddScoped<WizardService>();
        services.AddScoped<WizardStepWriter>();
        services.AddScoped<IdentityStepService>();
        foreach (var definition in typeof(IPlatformDefinition).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IPlatformDefinition))))
        {
            services.AddSingleton(typeof(IPlatformDefinition), definition);
        }

        services.AddScoped<FirstRunSetupService>();
        services.AddScoped<AddStaffCommand>();
        services.AddScoped<DemoAccounts>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoApplications>();
        services.AddSingleton(new OperatorConsole(Console.Out));
        services.AddHostedService<FirstRunLinkPrinter>();
        services.AddScoped<PortalOverviewService>();
        services.AddUsers(builder.Configuration);
        services.AddSingleton<SettingsStore>();
        services.AddScoped<SettingsWriter>();
        services.AddScoped<SettingsService>();
        services.AddScoped<RejectionReasonService>();
        services.Configure<ReportOptions>(builder.Configuration.GetSection(ReportOptions.Section));
        services.AddSingleton<PdfReportFactory>();
        services.AddDossiers(builder.Configuration);
        builder.AddReviewServices();
        return builder;
    }

    private static void AddReviewServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ReviewQueueNotifier>();
        services.AddSingleton<AuditTrail>();
        services.AddScoped<ReviewSlaClock>();
        services.AddScoped<ReviewQueueService>();
        services.AddScoped<ReviewCaseService>();
        services.AddScoped<ReviewCaseWriter>();
        services.AddScoped<RiskAssessor>();
        services.AddScoped<AuditLogService>();
        services.AddSingleton<NotificationNotifier>();
        services.AddSingleton<NotificationMailer>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationMailer>());
        services.AddScoped<NotificationService>();
        services.AddScoped<ApplicationNotifications>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderScheduler>());
        services.AddScoped<ReviewAssignmentService>();
        services.AddScoped<DocumentReviewService>();
        services.AddScoped<CaseDecisionService>();
        services.AddScoped<CaseMessageService>();
    }

    private static void AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddSessionRevalidation(builder.Configuration);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(ApiCookieEvents.Configure);

        services.AddAuthorization(PortalPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, TwoFactorSignInRequirement>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, PortalAuthorizationResultHandler>();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                // Lockout stays on because disabling an account sets its lockout end (AccountLockout); wrong passwords
                // and codes never lock: progressive delays per account do that job (decision 0020).
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                // NIST SP 800-63B: length and a list of common passwords, no composition rules.
                options.Password.RequiredLength = AccountRules.MinPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddUserStore<ProtectedUserStore>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount =
            builder.Configuration.GetValue(SignInHardeningServices.PasswordHashIterationsKey, SignInHardeningServices.DefaultPasswordHashIterations));
        services.AddSignInHardening(builder.Configuration);
        services.AddScoped<AccountEmailSender>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<IEmailSender<ApplicationUser>>(sp => sp.GetRequiredService<AccountEmailSender>());
    }

    private static void AddPortalEmail(this WebApplicationBuilder builder, DataDirectory dataDirectory)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection(EmailOptions.Section));
        builder.Services.AddSingleton<IEmailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>();
            return string.IsNullOrWhiteSpace(options.Value.Smtp.Host)
                ? new PickupFolderEmailTransport(options, dataDirectory.Combine(options.Value.PickupDirectory), sp.GetRequiredService<TimeProvider>())
                : new SmtpEmailTransport(options);
        });
    }
}
