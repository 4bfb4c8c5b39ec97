package kehu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "web/login";
    }

    @RequestMapping("/error/forbidden")
    String forbidden() {
        return "web/forbidden";
    }
}
