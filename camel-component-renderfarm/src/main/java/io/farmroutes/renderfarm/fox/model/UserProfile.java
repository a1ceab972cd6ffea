package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** The account's profile from queryUserProfile: identity, zone, balances and account flags. */
public record UserProfile(Long userId, String userName, Integer platform, Integer zone, String name, String email,
                          String phone, String company, String job, String country, String city, Integer userType,
                          Integer accountType, Integer businessType, Integer status, Integer infoStatus,
                          Integer softType, Integer softStatus, Integer shareMainCapital, Integer useMainBalance,
                          Integer subDeleteTask, Integer hideBalance, Integer hideJobCharge, Double rmbbalance,
                          Double usdbalance, Double credit, Double commonCoupon, Double qyCoupon, Double cpuPrice,
                          Double gpuPrice, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public UserProfile {
        extra = Copies.extra(extra);
    }
}
