package io.quizcast.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An account: a host or a registered player. */
@Entity
@Table(name = "users")
public class User {

    public static final String ROLE_PRESENTER = "presenter";
    public static final String ROLE_PARTICIPANT = "participant";

    @Id
    public UUID id;
    public String username;
    public String displayName;
    public String email;
    public String passwordHash;
    public String role;
    @Column(columnDefinition = "text")
    public String avatarUrl;
    public String avatarType;
    public Instant createdAt;
}
