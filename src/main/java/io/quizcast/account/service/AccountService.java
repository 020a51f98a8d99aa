package io.quizcast.account.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quizcast.account.AuthResponse;
import io.quizcast.account.LoginRequest;
import io.quizcast.account.ProfileUpdate;
import io.quizcast.account.RegisterRequest;
import io.quizcast.account.User;
import io.quizcast.account.UserView;
import io.quizcast.account.repository.UserRepository;
import io.quizcast.common.error.ApiException;
import io.quizcast.common.error.DatabaseFailures;
import io.quizcast.common.json.Times;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Registration, login and profile rules. */
@ApplicationScoped
public class AccountService {

    static final String USERNAME_TAKEN = "Username already taken";
    static final String BAD_CREDENTIALS = "Invalid username or password";
    private static final String USERNAME_INDEX = "users_username_lower_key";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;

    AccountService(UserRepository users, PasswordHasher hasher, TokenIssuer tokens) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
    }

    public Uni<AuthResponse> register(RegisterRequest request) {
        String username = request.username().trim();
        if (request.displayName() != null) {
            checkDisplayName(request.displayName());
        }
        return hasher.hash(request.password())
                .chain(hash -> insert(request, username, hash))
                .onFailure(f -> DatabaseFailures.isUniqueViolation(f, USERNAME_INDEX))
                .transform(f -> ApiException.conflict("username_taken", USERNAME_TAKEN))
                .map(user -> new AuthResponse(tokens.issue(user), UserView.of(user)));
    }

    @WithTransaction
    Uni<User> insert(RegisterRequest request, String username, String hash) {
        return users.findByUsername(username).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(ApiException.conflict("username_taken", USERNAME_TAKEN));
            }
            User user = new User();
            user.id = UUID.randomUUID();
            user.username = username;
            user.displayName = request.displayName() != null ? request.displayName().trim() : username;
            user.email = blankToNull(request.email()) != null ? request.email().trim() : username + "@quiz.local";
            user.passwordHash = hash;
            user.role = User.ROLE_PRESENTER;
            user.avatarUrl = request.avatarUrl();
            user.avatarType = request.avatarType();
            user.createdAt = Times.now();
            return users.persist(user);
        });
    }

    public Uni<AuthResponse> login(LoginRequest request) {
        return findForLogin(request.username().trim())
                .chain(user -> hasher.matches(request.password(), user == null ? null : user.passwordHash)
                        .map(ok -> {
                            if (!ok) {
                                throw ApiException.unauthorized(BAD_CREDENTIALS);
                            }
                            return new AuthResponse(tokens.issue(user), UserView.of(user));
                        }));
    }

    @WithSession
    Uni<User> findForLogin(String username) {
        return users.findByUsername(username);
    }

    @WithSession
    public Uni<UserView> me(UUID userId) {
        return users.findById(userId).map(user -> {
            if (user == null) {
                // a valid signature for an account that was deleted: the token no longer names anyone
                throw ApiException.unauthorized("Account no longer exists");
            }
            return UserView.of(user);
        });
    }

    public Uni<UserView> updateProfile(UUID userId, ProfileUpdate update) {
        return applyProfile(userId, update)
                .onFailure(f -> DatabaseFailures.isUniqueViolation(f, USERNAME_INDEX))
                .transform(f -> ApiException.conflict("username_taken", USERNAME_TAKEN));
    }

    @WithTransaction
    Uni<UserView> applyProfile(UUID userId, ProfileUpdate update) {
        return users.findById(userId).chain(user -> {
            if (user == null) {
                return Uni.createFrom().failure(ApiException.unauthorized("Account no longer exists"));
            }
            String username = blankToNull(update.username());
            Uni<Boolean> taken = username == null || username.equalsIgnoreCase(user.username)
                    ? Uni.createFrom().item(false)
                    : users.usernameTaken(username, userId);
            return taken.map(isTaken -> {
                if (isTaken) {
                    throw ApiException.conflict("username_taken", USERNAME_TAKEN);
                }
                if (username != null) {
                    user.username = username.trim();
                }
                if (update.displayName() != null) {
                    user.displayName = checkDisplayName(update.displayName());
                }
                if (update.avatarUrl() != null) {
                    user.avatarUrl = update.avatarUrl();
                }
                if (update.avatarType() != null) {
                    user.avatarType = update.avatarType();
                }
                return UserView.of(user);
            });
        });
    }

    /** The one display-name rule of register and profile: when given, 1..50 characters after trimming. */
    static String checkDisplayName(String displayName) {
        String name = displayName.trim();
        if (name.isEmpty()) {
            throw ApiException.invalid("display_name", "must not be blank");
        }
        return name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
