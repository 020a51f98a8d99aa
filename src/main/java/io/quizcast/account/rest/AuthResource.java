package io.quizcast.account.rest;

import io.quarkus.security.Authenticated;
import io.quizcast.account.AuthResponse;
import io.quizcast.account.LoginRequest;
import io.quizcast.account.ProfileUpdate;
import io.quizcast.account.RegisterRequest;
import io.quizcast.account.UserView;
import io.quizcast.account.service.AccountService;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.limit.ClientAddress;
import io.quizcast.common.limit.RequestLimits;
import io.quizcast.common.security.CallerIds;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Accounts: register, login (its failures limited: {@link RequestLimits}), the caller's profile. */
@Path("/api/auth")
public class AuthResource {

    private final AccountService accounts;
    private final JsonWebToken jwt;
    private final RequestLimits limits;
    private final ClientAddress clients;

    AuthResource(AccountService accounts, JsonWebToken jwt, RequestLimits limits, ClientAddress clients) {
        this.accounts = accounts;
        this.jwt = jwt;
        this.limits = limits;
        this.clients = clients;
    }

    @POST
    @Path("/register")
    @PermitAll
    @ResponseStatus(201)
    @Operation(summary = "Register an account and get its token")
    public Uni<AuthResponse> register(@Valid @NotNull(message = "body is required") RegisterRequest request) {
        return accounts.register(request);
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Log in and get a token; 429 with Retry-After after too many failures for the account or"
            + " from the address")
    public Uni<AuthResponse> login(@Valid @NotNull(message = "body is required") LoginRequest request,
            @Context HttpServerRequest http) {
        String address = clients.of(http);
        // refused before the password is checked: a guesser learns nothing while it waits
        limits.beforeLogin(request.username(), address);
        return accounts.login(request).onFailure(f -> f instanceof ApiException e && e.status() == 401)
                .invoke(() -> limits.loginFailed(request.username(), address));
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The account of the token")
    public Uni<UserView> me() {
        return accounts.me(CallerIds.accountId(jwt));
    }

    @PUT
    @Path("/profile")
    @Authenticated
    @Operation(summary = "Change the account's username, display name or avatar")
    public Uni<UserView> updateProfile(@Valid @NotNull(message = "body is required") ProfileUpdate update) {
        return accounts.updateProfile(CallerIds.accountId(jwt), update);
    }
}
