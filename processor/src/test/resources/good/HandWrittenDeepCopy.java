package golden;

import io.github.deepcopygen.DeepCopy;

/** Rule 3: a type with its own deepCopy() is copied by calling it, virtually. */
@DeepCopy
public class HandWrittenDeepCopy {
    /** Not @DeepCopy: copies itself by hand. */
    public static class Token {
        char[] secret;

        public Token deepCopy() {
            Token copy = new Token();
            copy.secret = secret == null ? null : secret.clone();
            return copy;
        }
    }

    Token token;
    private Token refreshToken;

    public Token getRefreshToken() {
        return refreshToken;
    }

    public void setRefreshToken(Token refreshToken) {
        this.refreshToken = refreshToken;
    }
}
